import { getTranslations } from "next-intl/server";
import type { OrderView } from "@/lib/api/schemas";
import { WALLET_NAMES } from "@/lib/checkout/payment-choice";

const CARD_BRANDS: Record<string, string> = { VISA: "Visa", MASTERCARD: "Mastercard", JCB: "JCB" };

type MethodKey = "VIRTUAL_ACCOUNT" | "vaEnding" | "QR" | "EWALLET" | "card" | "cardBrandUnknown" | "unknown";
/** A translator rooted at "payment.method" (getTranslations). */
export type MethodWords = (key: MethodKey, values?: Record<string, string>) => string;

export interface PaymentFacts {
  method: string | null;
  channel: string | null;
  vaLast4: string | null;
  card: { brand: string | null; last4: string } | null;
}

/**
 * How an order was (or is being) paid, in the shopper's words: "BCA virtual account ending 0003",
 * "QRIS", "E-wallet (DANA)", "Visa ending 0001".
 */
export function describePayment(t: MethodWords, facts: PaymentFacts): string {
  if (facts.card) {
    const brand = facts.card.brand
      ? (CARD_BRANDS[facts.card.brand] ?? facts.card.brand)
      : t("cardBrandUnknown");
    return t("card", { brand, last4: facts.card.last4 });
  }
  if (facts.method === "QR") return t("QR");
  if (facts.method === "CARD") return t("cardBrandUnknown");
  if (facts.method === "EWALLET") {
    const wallet = (facts.channel && WALLET_NAMES[facts.channel]) || facts.channel || t("unknown");
    return t("EWALLET", { wallet });
  }
  if (!facts.channel) return t("unknown");
  return facts.vaLast4
    ? t("vaEnding", { bank: facts.channel, last4: facts.vaLast4 })
    : t("VIRTUAL_ACCOUNT", { bank: facts.channel });
}

/** The label of an order's method, in the request's language (Server Components). */
export async function methodLabeller(): Promise<(order: OrderView) => string> {
  const t = await getTranslations("payment.method");
  return (order) =>
    describePayment(t, {
      method: order.method,
      channel: order.channel,
      vaLast4: order.vaNumber ? order.vaNumber.slice(-4) : null,
      card: order.card,
    });
}
