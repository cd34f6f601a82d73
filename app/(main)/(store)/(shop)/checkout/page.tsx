import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { checkoutDefaults, openPaymentSummary } from "@/components/checkout/checkout-defaults";
import { checkoutFormWords } from "@/components/checkout/checkout-words";
import { currentOpenPayment } from "@/components/checkout/open-payment";
import { OrderSummary } from "@/components/checkout/order-summary";
import { ResumeBanner } from "@/components/checkout/resume-banner";
import { buttonPrimary, card } from "@/components/ui/styles";
import { currentCart } from "@/lib/cart";
import { VA_CHANNELS } from "@/lib/harsya";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title") };
}

export default async function CheckoutPage() {
  const [cart, open, t] = await Promise.all([
    currentCart(),
    currentOpenPayment(),
    getTranslations("checkout"),
  ]);
  if (cart.lines.length === 0) {
    return (
      <section className={`${card} mx-auto flex max-w-md flex-col items-center gap-4 p-10 text-center`}>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {open && <ResumeBanner open={open} />}
        <p>{t("emptyCart")}</p>
        <Link href="/" className={buttonPrimary}>
          {t("continueShopping")}
        </Link>
      </section>
    );
  }
  const [defaults, summary, words] = await Promise.all([
    checkoutDefaults(),
    open ? openPaymentSummary(open) : null,
    checkoutFormWords(VA_CHANNELS),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {open && <ResumeBanner open={open} />}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className={`${card} min-w-0 p-5`}>
          <CheckoutForm words={words} defaults={defaults} open={summary} />
        </div>
        <OrderSummary lines={cart.lines} total={cart.subtotal} />
      </div>
    </section>
  );
}
