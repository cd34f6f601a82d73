import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartEditor } from "@/components/cart/cart-editor";
import { cartEditorWords } from "@/components/cart/cart-words";
import { currentOpenPayment } from "@/components/checkout/open-payment";
import { ResumeBanner } from "@/components/checkout/resume-banner";
import { currentCart } from "@/lib/cart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title") };
}

export default async function CartPage() {
  const [cart, open, t, words] = await Promise.all([
    currentCart(),
    currentOpenPayment(),
    getTranslations("cart"),
    cartEditorWords(),
  ]);
  return (
    <section aria-labelledby="cart-heading">
      <h1 id="cart-heading" className="mb-6 text-2xl font-bold tracking-tight">
        {t("heading")}
      </h1>
      {open && <ResumeBanner open={open} />}
      <CartEditor initialCart={cart} words={words} />
    </section>
  );
}
