/** What the checkout form knows of the cart's payment that is already under way, worded on the server. */
export interface OpenPaymentSummary {
  orderId: string;
  /** The form's choice that resumes it (a bank's code, "QRIS", ...). */
  choice: string;
  /** "The BCA virtual account of order … stays valid until …" (or the other method's sentence). */
  note: string;
  /** "It can be paid until …", after the server's refusal of a second payment. */
  payableUntil: string;
  /** "Show my open payment". */
  showLink: string;
}

/**
 * Shown as soon as another method is picked while the cart's payment cannot be replaced: the
 * first one stays valid until it expires, and the server will refuse a second (409), so the
 * shopper learns it before pressing "Pay now", with the way back to it.
 */
export function OpenPaymentNote({ open, chosen }: { open: OpenPaymentSummary; chosen: string }) {
  if (chosen === open.choice) return null;
  return (
    <div
      role="status"
      className="rounded-lg border border-warning-700/30 bg-warning-50 p-3 text-sm text-ink [overflow-wrap:anywhere]"
    >
      {open.note}{" "}
      <a href={`/orders/${open.orderId}`} className="font-semibold text-brand-700 underline">
        {open.showLink}
      </a>
    </div>
  );
}
