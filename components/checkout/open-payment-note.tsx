"use client";

import { useTranslations } from "next-intl";

/** What the checkout form knows of the cart's payment that is already under way. */
export interface OpenPaymentSummary {
  orderId: string;
  reference: string;
  /** The form's choice that resumes it (a bank's code, "QRIS", ...). */
  choice: string;
  /** The VA's bank, when a virtual account number is issued. */
  vaBank: string | null;
  method: string;
  deadline: string;
}

/**
 * Shown as soon as another method is picked while the cart's payment cannot be replaced: the
 * first one stays valid until it expires, and the server will refuse a second (409), so the
 * shopper learns it before pressing "Pay now", with the way back to it.
 */
export function OpenPaymentNote({ open, chosen }: { open: OpenPaymentSummary; chosen: string }) {
  const t = useTranslations("checkout.form");
  if (chosen === open.choice) return null;
  const words = { reference: open.reference, deadline: open.deadline };
  return (
    <div
      role="status"
      className="rounded-lg border border-warning-700/30 bg-warning-50 p-3 text-sm text-ink [overflow-wrap:anywhere]"
    >
      {open.vaBank
        ? t("vaStays", { ...words, bank: open.vaBank })
        : t("paymentStays", { ...words, method: open.method })}{" "}
      <a href={`/orders/${open.orderId}`} className="font-semibold text-brand-700 underline">
        {t("showOpenPayment")}
      </a>
    </div>
  );
}
