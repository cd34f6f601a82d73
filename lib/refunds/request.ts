import "server-only";
import { requestIdFor } from "@/lib/harsya";
import { addOrderEvent, lockOrder } from "@/lib/orders/repository";
import { findPaymentOfOrder } from "@/lib/payments/repository";
import { fail, ok, type FieldIssue, type Result } from "@/lib/result";
import type { RefundDeps } from "./deps";
import type { RefundInput } from "./input";
import {
  findLatePaymentResolution,
  findRefundBySubmitKey,
  hasPaidAfterClose,
  insertLatePaymentResolution,
  insertRefund,
  listRefundsOfOrder,
  type RefundRow,
} from "./repository";
import { refundableAmount, refundAmountProblem } from "./rules";
import { sendRefund } from "./sync";

/** A payment with a virtual account is refunded by bank transfer; cards and e-wallets to the channel. */
export function refundMethodFor(payment: { vaNumber: string | null } | null): "AUTO" | "TRANSFER_ONLY" {
  return payment?.vaNumber ? "TRANSFER_ONLY" : "AUTO";
}

/**
 * The admin's refund: the row is written first (under the order's lock, checked against what is
 * left to refund), then the gateway is asked with an `X-REQUEST-ID` derived from that row. The same
 * form submitted twice finds its first row; a second refund while one is still on its way is refused.
 */
export async function requestRefund(
  deps: RefundDeps,
  orderId: string,
  input: RefundInput,
  admin: { email: string },
): Promise<Result<RefundRow>> {
  const by = { actor: admin.email, why: "asked by the merchant" };
  const prepared = await deps.db.transaction(
    async (tx): Promise<Result<{ refund: RefundRow; fresh: boolean; sessionId: string }>> => {
      const order = await lockOrder(tx, orderId);
      if (!order) return fail({ code: "order_not_found" });
      const payment = await findPaymentOfOrder(tx, orderId);
      const paid = order.status === "PAID" || (await hasPaidAfterClose(tx, orderId));
      if (!paid || !payment) return fail({ code: "refund_not_allowed" });

      const earlier = await findRefundBySubmitKey(tx, orderId, input.submitKey);
      if (earlier) return ok({ refund: earlier, fresh: false, sessionId: payment.id });

      const existing = await listRefundsOfOrder(tx, orderId);
      if (existing.some((refund) => refund.status === "REQUESTING"))
        return fail({ code: "refund_in_progress" });
      const problem = refundAmountProblem(input.amount, refundableAmount(order.amount, existing));
      if (problem) return fail({ code: "refund_amount_invalid", fields: { amount: problem } });

      const method = refundMethodFor(payment);
      if (method === "TRANSFER_ONLY") {
        const fields: Record<string, FieldIssue> = {};
        if (!input.bankCode) fields.bankCode = { problem: "required" };
        if (!input.accountNumber) fields.accountNumber = { problem: "required" };
        if (!input.accountName) fields.accountName = { problem: "required" };
        if (Object.keys(fields).length > 0)
          return fail({
            code: "validation_error",
            messageKey: "refund_bank_account",
            fields,
          });
      }
      const refund = await insertRefund(tx, {
        orderId,
        requestId: requestIdFor("refund", orderId, input.submitKey),
        clientReferenceId: `${order.reference}R${existing.length + 1}`,
        submitKey: input.submitKey,
        amount: input.amount,
        reason: input.reason,
        description: input.description || null,
        method,
        bankCode: method === "TRANSFER_ONLY" ? (input.bankCode ?? null) : null,
        accountNumber: method === "TRANSFER_ONLY" ? input.accountNumber || null : null,
        accountName: method === "TRANSFER_ONLY" ? (input.accountName ?? null) : null,
        requestedBy: admin.email,
      });
      if (!refund) return fail({ code: "refund_in_progress" });
      await addOrderEvent(tx, {
        orderId,
        type: "REFUND_REQUESTED",
        message: `Refund ${refund.clientReferenceId} of Rp ${refund.amount} asked (${refund.reason}, ${method}).`,
        actor: admin.email,
        data: { refundId: refund.id, amount: refund.amount, reason: refund.reason, method },
      });
      if ((await hasPaidAfterClose(tx, orderId)) && !(await findLatePaymentResolution(tx, orderId))) {
        await insertLatePaymentResolution(tx, { orderId, resolution: "REFUND", actor: admin.email });
        await addOrderEvent(tx, {
          orderId,
          type: "LATE_PAYMENT_RESOLVED",
          message: "The payment that arrived after the order closed is being refunded.",
          actor: admin.email,
          data: { resolution: "REFUND", refundId: refund.id },
        });
      }
      return ok({ refund, fresh: true, sessionId: payment.id });
    },
  );
  if (!prepared.ok) return prepared;
  const { refund, fresh, sessionId } = prepared.data;
  // A repeat of a form whose first send is still on its way, or already answered: nothing to send.
  if (!fresh && (refund.status !== "REQUESTING" || !refund.failureReason)) return ok(refund);
  return sendRefund(deps, refund, sessionId, by);
}

/** "Fulfil anyway" for an order paid after it closed: recorded once, and the flag is cleared. */
export async function fulfilLatePayment(
  deps: RefundDeps,
  orderId: string,
  admin: { email: string },
): Promise<Result<{ orderId: string }>> {
  return deps.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) return fail({ code: "order_not_found" });
    if (!(await hasPaidAfterClose(tx, orderId))) return fail({ code: "late_payment_not_flagged" });
    if (!(await insertLatePaymentResolution(tx, { orderId, resolution: "FULFIL", actor: admin.email }))) {
      return fail({ code: "late_payment_resolved" });
    }
    await addOrderEvent(tx, {
      orderId,
      type: "LATE_PAYMENT_RESOLVED",
      message: "The payment that arrived after the order closed is kept: the order is fulfilled anyway.",
      actor: admin.email,
      data: { resolution: "FULFIL" },
    });
    return ok({ orderId });
  });
}
