import "server-only";
import { addOrderEvent, type Order } from "@/lib/orders/repository";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import { applyPaymentSnapshot, findOrderDetail } from "./order-store";
import { isCancellableSession } from "./session-status";
import { snapshotFromSession } from "./snapshot";
import { syncOrder } from "./sync";

/** Merchant action: cancels the payment session where the gateway allows it (before a charge exists). */
export async function cancelOrderPayment(
  deps: CheckoutDeps,
  orderId: string,
  options: { actor: string },
): Promise<Result<Order>> {
  const detail = await findOrderDetail(deps.db, orderId);
  if (!detail) return fail({ code: "order_not_found" });
  const { order, payment } = detail;
  if (order.status !== "PENDING_PAYMENT" || !payment || !isCancellableSession(payment.status)) {
    return fail({
      code: "not_cancellable",
    });
  }
  await addOrderEvent(deps.db, {
    orderId,
    type: "CANCEL_REQUESTED",
    message: `Cancellation of session ${payment.id} requested.`,
    actor: options.actor,
  });
  let session;
  try {
    session = await deps.gateway.cancelPayment(payment.id, "REQUESTED_BY_CUSTOMER");
  } catch (error) {
    // The session may have moved on (a method was just chosen, say): bring our copy up to date.
    await syncOrder(deps, orderId, { actor: options.actor, reason: "cancel failed" });
    return fail(gatewayFailure(error, "cancel the payment"));
  }
  const applied = await applyPaymentSnapshot(deps.db, orderId, snapshotFromSession(session), {
    actor: options.actor,
    reason: "payment cancelled by the merchant.",
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  return applied ? ok(applied.order) : fail({ code: "order_not_found" });
}
