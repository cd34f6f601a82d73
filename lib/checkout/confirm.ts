import "server-only";
import { addOrderEvent } from "@/lib/orders/repository";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import { applyPaymentSnapshot } from "./order-store";
import { confirmPaymentRequest } from "./payload";
import { isCancellableSession } from "./session-status";
import { snapshotFromSession } from "./snapshot";
import { findViewableOrder, type Viewer } from "./status";
import { syncOrder } from "./sync";

/**
 * Two-step payment: the session was created without a method (autoConfirm false); the shopper
 * picks a bank on our order page and we confirm the session with it. Confirming again with the
 * same bank (double click) just answers the payment page again.
 */
export async function confirmOrderMethod(
  deps: CheckoutDeps,
  request: { orderId: string; viewer: Viewer; channel: string },
): Promise<Result<{ orderId: string; paymentUrl: string }>> {
  const { orderId, channel } = request;
  const detail = await findViewableOrder(deps, orderId, request.viewer);
  if (!detail) return fail({ code: "order_not_found" });
  const { order, payment } = detail;
  if (order.status !== "PENDING_PAYMENT" || !payment) {
    return fail({ code: "order_not_payable" });
  }
  if (!isCancellableSession(payment.status)) {
    if (payment.channel === channel && payment.paymentUrl)
      return ok({ orderId, paymentUrl: payment.paymentUrl });
    return fail({
      code: "method_already_chosen",
      messageKey: payment.channel ? "method_already_chosen" : "method_locked",
      params: { bank: payment.channel ?? "" },
      fields: { channel: { problem: "already_chosen" } },
    });
  }

  let session;
  try {
    const choice = { method: "VIRTUAL_ACCOUNT", channel, walletPhone: null };
    const window = { expiresAt: order.expiresAt, now: deps.clock.now() };
    session = await deps.gateway.confirmPayment(
      payment.id,
      confirmPaymentRequest(choice, window, deps.config),
    );
  } catch (error) {
    // The gateway may have moved on (paid elsewhere, expired): bring our copy up to date.
    await syncOrder(deps, orderId, { actor: "shopper", reason: "confirm failed" });
    return fail(gatewayFailure(error, "confirm the payment method"));
  }
  const snapshot = snapshotFromSession(session);
  await applyPaymentSnapshot(deps.db, orderId, snapshot, {
    actor: "shopper",
    reason: "method confirmed",
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  await addOrderEvent(deps.db, {
    orderId,
    type: "SESSION_CONFIRMED",
    message: `Payment method confirmed: ${channel} virtual account${snapshot.vaNumber ? ` ${snapshot.vaNumber}` : ""}.`,
    actor: "shopper",
    data: { channel, sessionStatus: snapshot.status },
  });
  const paymentUrl = snapshot.paymentUrl ?? payment.paymentUrl;
  if (!paymentUrl) {
    return fail({ code: "gateway_rejected", messageKey: "gateway_no_page_confirmed" });
  }
  return ok({ orderId, paymentUrl });
}
