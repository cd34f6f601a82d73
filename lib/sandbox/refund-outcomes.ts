/**
 * Which way a sandbox refund goes, from the documented test data (harsya-api.md §10.3): account
 * `999966660001` succeeds; references starting `1001-` / `2001-` / `2002-` and accounts
 * `999966660008` / `999966660002` drive the other cases. The docs do not say which is which; the
 * sandbox's choice (written down in the README's Sandbox section):
 *
 * - account `999966660008`, or a reference starting `2001-`: FAILED (INVALID_ACCOUNT);
 * - account `999966660002`, or a reference starting `2002-`: WAITING_BANK_TRANSFER, then SUCCESS;
 * - a reference starting `1001-` (an AUTO refund the channel cannot take back): falls back to a
 *   bank transfer, WAITING_BANK_TRANSFER, then SUCCESS;
 * - anything else (account `999966660001`, AUTO refunds of cards and e-wallets): SUCCESS.
 */
export type RefundOutcome = "SUCCESS" | "FAILED" | "WAITING";

export const REFUND_TEST_ACCOUNTS = {
  success: "999966660001",
  failure: "999966660008",
  bankTransfer: "999966660002",
} as const;

export function refundOutcome(input: { clientReferenceId: string; accountNumber?: string }): RefundOutcome {
  if (input.accountNumber === REFUND_TEST_ACCOUNTS.failure || input.clientReferenceId.startsWith("2001-")) {
    return "FAILED";
  }
  if (
    input.accountNumber === REFUND_TEST_ACCOUNTS.bankTransfer ||
    input.clientReferenceId.startsWith("2002-") ||
    input.clientReferenceId.startsWith("1001-")
  ) {
    return "WAITING";
  }
  return "SUCCESS";
}

/** How long a refund stays in each step before it moves on (on the next read, or by its timer). */
export const REFUND_STEP_MS = 1_500;

export const REFUND_FAILURE = {
  failureCode: "INVALID_ACCOUNT",
  failureReason: "The destination bank account is invalid or closed",
} as const;
