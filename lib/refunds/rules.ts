import type { FieldIssue } from "@/lib/result";
/**
 * The refund rules, pure: which states a refund may move to, what an order may still give back,
 * and how an order's refunds read as one state. Shared by the use cases and the admin page.
 */

/** REQUESTING is ours (the row is written, the gateway has not accepted it yet); the rest are the gateway's. */
export const REFUND_ROW_STATUSES = [
  "REQUESTING",
  "PENDING",
  "WAITING_BANK_TRANSFER",
  "SUCCESS",
  "FAILED",
  "CANCELLED",
] as const;
export type RefundRowStatus = (typeof REFUND_ROW_STATUSES)[number];

const RANK: Record<RefundRowStatus, number> = {
  REQUESTING: 0,
  PENDING: 1,
  WAITING_BANK_TRANSFER: 2,
  SUCCESS: 3,
  FAILED: 3,
  CANCELLED: 3,
};

export function isRefundRowStatus(value: string): value is RefundRowStatus {
  return (REFUND_ROW_STATUSES as readonly string[]).includes(value);
}

export function isFinalRefund(status: string): boolean {
  return status === "SUCCESS" || status === "FAILED" || status === "CANCELLED";
}

/** Forward only, once final never again; an unknown gateway status moves nothing. */
export function canMoveRefund(from: string, to: string): boolean {
  if (!isRefundRowStatus(from) || !isRefundRowStatus(to)) return false;
  if (isFinalRefund(from)) return false;
  return RANK[to] > RANK[from];
}

/** A refund that failed or was cancelled gave nothing back and holds nothing back. */
const holdsMoney = (status: string) => status !== "FAILED" && status !== "CANCELLED";

export interface RefundAmountRow {
  amount: number;
  status: string;
}

/** What is left to refund: the amount paid less every refund that succeeded or may still succeed. */
export function refundableAmount(paid: number, refunds: readonly RefundAmountRow[]): number {
  const held = refunds.filter((refund) => holdsMoney(refund.status)).reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, paid - held);
}

/** Money actually given back: only SUCCESS counts. */
export function refundedTotal(refunds: readonly RefundAmountRow[]): number {
  return refunds.filter((refund) => refund.status === "SUCCESS").reduce((sum, r) => sum + r.amount, 0);
}

export type OrderRefundState = "REFUNDED" | "PARTIALLY_REFUNDED";

export function orderRefundState(paid: number, refunded: number): OrderRefundState | null {
  if (refunded <= 0) return null;
  return refunded >= paid ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

/** Why an amount cannot be refunded (for the Amount field), or null when it can. */
export function refundAmountProblem(amount: number, refundable: number): FieldIssue | null {
  if (!Number.isInteger(amount)) return { problem: "invalid" };
  if (amount <= 0) return { problem: "too_small" };
  if (refundable <= 0) return { problem: "nothingLeft" };
  if (amount > refundable) return { problem: "overRefundable", values: { maximum: refundable } };
  return null;
}

/** The documented reasons (harsya-api.md §4.11), in words. */
export const REFUND_REASON_WORDS: Record<string, string> = {
  REQUESTED_BY_CUSTOMER: "Requested by the customer",
  CANCELLATION: "Order cancelled",
  DUPLICATE: "Duplicate payment",
  SUSPECT_FRAUDULENT: "Suspected fraud",
  OTHERS: "Other",
};
