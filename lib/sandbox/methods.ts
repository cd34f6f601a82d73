import { PAYMENT_METHOD_TYPES, type PaymentMethodType } from "@/lib/harsya/wire";

/**
 * Per-method limits, from the docs' example merchant configuration (harsya-api.md §4.9): an amount
 * outside a method's range disables that method, and a session paid by it may last at most its
 * maximum expiry.
 */

export interface MethodRules {
  minimumAmount: number;
  maximumAmount: number;
  maximumExpiryMs: number;
  /** The maximum expiry as the docs write it, for messages. */
  maximumExpiry: string;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export const METHOD_RULES: Record<PaymentMethodType, MethodRules> = {
  VIRTUAL_ACCOUNT: {
    minimumAmount: 10_000,
    maximumAmount: 9_999_999_999,
    maximumExpiryMs: 30 * DAY,
    maximumExpiry: "30 days",
  },
  QR: {
    minimumAmount: 1_000,
    maximumAmount: 9_999_999,
    maximumExpiryMs: 60 * MINUTE,
    maximumExpiry: "60 minutes",
  },
  EWALLET: {
    minimumAmount: 10_000,
    maximumAmount: 9_999_999,
    maximumExpiryMs: 30 * MINUTE,
    maximumExpiry: "30 minutes",
  },
  CARD: {
    minimumAmount: 10_000,
    maximumAmount: 9_999_999_999,
    maximumExpiryMs: 30 * DAY,
    maximumExpiry: "30 days",
  },
};

/** Without `expiryAt` a session lasts 15 minutes. */
export const DEFAULT_EXPIRY_MS = 15 * MINUTE;

/** A session without a method may last as long as the longest method allows. */
export const LONGEST_EXPIRY_MS = Math.max(
  ...PAYMENT_METHOD_TYPES.map((type) => METHOD_RULES[type].maximumExpiryMs),
);

export function amountFits(type: PaymentMethodType, amount: number): boolean {
  const rules = METHOD_RULES[type];
  return amount >= rules.minimumAmount && amount <= rules.maximumAmount;
}

/** The methods the hosted page may offer for an amount. */
export function methodsForAmount(amount: number): PaymentMethodType[] {
  return PAYMENT_METHOD_TYPES.filter((type) => amountFits(type, amount));
}
