import type { Metadata } from "next";
import { CartEditor } from "@/components/cart/cart-editor";
import { QueryProvider } from "@/components/query-provider";
import { currentCart } from "@/lib/cart";

export const metadata: Metadata = { title: "Cart" };

export default async function CartPage() {
  const cart = await currentCart();
  return (
    <section aria-labelledby="cart-heading">
      <h1 id="cart-heading" className="mb-6 text-2xl font-bold tracking-tight">
        Your cart
      </h1>
      <QueryProvider>
        <CartEditor initialCart={cart} />
      </QueryProvider>
    </section>
  );
}
