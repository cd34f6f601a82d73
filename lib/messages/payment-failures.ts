import { CHARGE_FAILURE_CODES, type ChargeFailureCode } from "@/lib/harsya/wire-enums";

/**
 * Why a charge failed, by the gateway's `failureCode` (harsya-api.md §6.3): the key of the
 * shopper's words under the "payment.failures" catalogue namespace. A code the gateway adds later
 * (or none) falls back to "unknown". A failed charge never takes money: the gateway cancels the
 * session (CHARGE_FAILED), which the page says with "noMoneyTaken".
 */
export type PaymentFailureKey = ChargeFailureCode | "unknown";

export function paymentFailureKey(code: string | null | undefined): PaymentFailureKey {
  return CHARGE_FAILURE_CODES.find((known) => known === code) ?? "unknown";
}
