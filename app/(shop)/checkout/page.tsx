import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Checkout" };

export default function CheckoutPage() {
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Checkout</h1>
      <p>Checkout is being built. Your cart is saved.</p>
      <Link href="/cart" className="text-brand-700 underline">
        Back to cart
      </Link>
    </section>
  );
}
