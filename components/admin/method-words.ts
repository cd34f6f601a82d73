import type { getTranslations } from "next-intl/server";
import { isPaymentMethod, WALLET_NAMES } from "@/lib/checkout/payment-choice";

export type MethodWords = Awaited<ReturnType<typeof getTranslations<"admin.method">>>;

/** describeMethod (lib/checkout/payment-choice.ts) in the page's language: "E-wallet (DANA)". */
export function methodWords(t: MethodWords, method: string | null, channel: string | null): string {
  if (!isPaymentMethod(method)) {
    return channel ? t("withChannel", { method: t("VIRTUAL_ACCOUNT"), channel }) : t("notChosen");
  }
  const label = t(method);
  if (!channel || method === "QR" || method === "CARD") return label;
  return t("withChannel", { method: label, channel: WALLET_NAMES[channel] ?? channel });
}
