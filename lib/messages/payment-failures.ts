/**
 * Why a charge failed, in the shopper's words, by the gateway's `failureCode` (harsya-api.md §6.3).
 * A failed charge never takes money: the gateway cancels the session (CHARGE_FAILED).
 */
export const PAYMENT_FAILURE_REASONS: Record<string, string> = {
  DECLINED_BY_CHANNEL: "The card was declined by its bank.",
  INVALID_ACCOUNT: "The card or account is not valid for this payment.",
  AUTHENTICATION_FAILED: "The 3-D Secure or wallet check did not succeed.",
  SUSPECTED_FRAUD: "The bank stopped this payment because it looked unsafe.",
  INSUFFICIENT_FUND: "There was not enough balance to pay.",
  CHANNEL_UNAVAILABLE: "The bank or wallet could not be reached.",
  CANCELLED_BY_USER: "The payment was cancelled in the bank's or wallet's app.",
  CHARGE_EXPIRED: "The time to pay ran out.",
  BLOCKED_BY_FDS: "The payment service's fraud checks blocked this payment.",
  REQUIRE_REVIEW: "The payment was held for review and not completed.",
};

export const UNKNOWN_FAILURE_REASON = "The payment could not be completed.";

/** Said of every failed charge: the gateway took nothing. */
export const NO_MONEY_TAKEN = "No money was taken.";

export function paymentFailureReason(code: string | null | undefined): string {
  return code && Object.hasOwn(PAYMENT_FAILURE_REASONS, code)
    ? (PAYMENT_FAILURE_REASONS[code] ?? UNKNOWN_FAILURE_REASON)
    : UNKNOWN_FAILURE_REASON;
}
