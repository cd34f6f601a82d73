/**
 * The checkout's payment choice, as the browser sends it. Plain data with no imports, so the
 * checkout form and the admin pages can use it without shipping the gateway's schemas.
 */

/** The checkout's radio value for "Choose on the payment page": the session starts without a method. */
export const CHOOSE_ON_PAGE = "CHOOSE_ON_PAGE";

/** Choices other than a bank's virtual account; each maps to one gateway method (and wallet). */
export const OTHER_CHOICES = ["QRIS", "DANA", "SHOPEEPAY", "OVO", "CARD"] as const;
export type OtherChoice = (typeof OTHER_CHOICES)[number];

/** The radio's accessible name for each choice (a contract with QA) and a line to describe it. */
export const OTHER_CHOICE_LABELS: Record<OtherChoice, { label: string; description: string }> = {
  QRIS: { label: "QRIS", description: "Scan with any banking or e-wallet app" },
  DANA: { label: "DANA", description: "Pay in the DANA app" },
  SHOPEEPAY: { label: "ShopeePay", description: "Pay in the Shopee app" },
  OVO: { label: "OVO", description: "A payment request goes to your OVO phone" },
  CARD: { label: "Card", description: "Visa, Mastercard or JCB" },
};

/** The choice that needs the wallet's phone number: OVO pushes the payment to it. */
export const PUSH_WALLET_CHOICE: OtherChoice = "OVO";

/** The gateway's `paymentMethod.type` values (lib/harsya/wire PAYMENT_METHOD_TYPES), as stored on orders. */
export const PAYMENT_METHODS = ["VIRTUAL_ACCOUNT", "QR", "EWALLET", "CARD"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  VIRTUAL_ACCOUNT: "Virtual account",
  QR: "QRIS",
  EWALLET: "E-wallet",
  CARD: "Card",
};

/** The e-wallets' names as people write them, by the gateway's channel code. */
export const WALLET_NAMES: Record<string, string> = { DANA: "DANA", SHOPEEPAY: "ShopeePay", OVO: "OVO" };

export function isPaymentMethod(value: string | null | undefined): value is PaymentMethod {
  return PAYMENT_METHODS.some((method) => method === value);
}

/** "QRIS", "E-wallet (DANA)", "Virtual account (BCA)"; "Not chosen yet" without a method. */
export function describeMethod(method: string | null, channel: string | null): string {
  if (!isPaymentMethod(method))
    return channel ? `${PAYMENT_METHOD_LABELS.VIRTUAL_ACCOUNT} (${channel})` : "Not chosen yet";
  const label = PAYMENT_METHOD_LABELS[method];
  if (!channel || method === "QR" || method === "CARD") return label;
  return `${label} (${WALLET_NAMES[channel] ?? channel})`;
}
