import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { readCartId } from "@/lib/cart/cookie";
import { findOpenPaymentOfCart, type OpenPayment } from "@/lib/checkout/open-payment";
import { isPaymentMethod, WALLET_NAMES } from "@/lib/checkout/payment-choice";
import { formatRupiah } from "@/lib/money";
import { appDeps } from "@/lib/server/deps";
import { formatDeadline } from "@/lib/time";

/** This browser's cart's payment to resume, read once per request (header hint and page banner). */
export const currentOpenPayment = cache(async (): Promise<OpenPayment | null> => {
  const cartId = await readCartId();
  if (!cartId) return null;
  const deps = await appDeps();
  return findOpenPaymentOfCart(deps.db, cartId, deps.clock.now());
});

export interface OpenPaymentWords {
  method: string;
  amount: string;
  deadline: string;
}

/** "BCA virtual account", "Rp 150.000", "15:36 WIB, Thursday 26 November", in the page's language. */
export async function describeOpenPayment(open: OpenPayment): Promise<OpenPaymentWords> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("checkout.method")]);
  const channel = open.channel ? (WALLET_NAMES[open.channel] ?? open.channel) : "";
  // i18n-dynamic: checkout.method
  const method = isPaymentMethod(open.method) ? t(open.method, { channel }) : t("none");
  return { method, amount: formatRupiah(open.amount), deadline: formatDeadline(open.expiresAt, locale) };
}
