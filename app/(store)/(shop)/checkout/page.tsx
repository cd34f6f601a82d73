import type { Metadata } from "next";
import Link from "next/link";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { OrderSummary } from "@/components/checkout/order-summary";
import { buttonPrimary, card } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/session";
import { currentCart } from "@/lib/cart";
import { database } from "@/lib/server/deps";
import { VA_CHANNELS } from "@/lib/harsya";
import { findLatestPhoneOfUser } from "@/lib/orders/repository";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage() {
  const [cart, user] = await Promise.all([currentCart(), currentUser()]);
  const phone = user ? await findLatestPhoneOfUser(await database(), user.id) : undefined;
  if (cart.lines.length === 0) {
    return (
      <section className={`${card} mx-auto flex max-w-md flex-col items-center gap-4 p-10 text-center`}>
        <h1 className="text-2xl font-bold">Checkout</h1>
        <p>Your cart is empty, so there is nothing to pay for yet.</p>
        <Link href="/" className={buttonPrimary}>
          Continue shopping
        </Link>
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Checkout</h1>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className={`${card} p-5`}>
          <CheckoutForm
            channels={VA_CHANNELS}
            defaults={{
              fullName: user?.name ?? "",
              email: user?.email ?? "",
              phone: phone ? `0${phone}` : "",
            }}
          />
        </div>
        <OrderSummary lines={cart.lines} total={cart.subtotal} />
      </div>
    </section>
  );
}
