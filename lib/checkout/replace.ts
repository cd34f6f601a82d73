import "server-only";
import type { Order } from "@/lib/orders/repository";
import { fail, ok, type AppError, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { closeOrder, findOrderDetail, type OrderDetail } from "./order-store";
import { isCancellableSession } from "./session-status";
import { syncOrder } from "./sync";
import { voidSession } from "./void-session";

/**
 * An order younger than this without a stored session may still be getting one from the gateway
 * (its create call retries for up to about three time-outs), so a changed checkout waits for it.
 */
const SESSION_IN_FLIGHT_MS = 30_000;

/**
 * The cart's open order, met by a new checkout. Returns its detail when the checkout should resume
 * it, null once it is closed (so a new order can be made), or why neither can happen yet.
 */
export async function settleOpenOrder(
  deps: CheckoutDeps,
  order: Order,
  key: string,
): Promise<Result<OrderDetail | null>> {
  if (order.expiresAt.getTime() <= deps.clock.now().getTime()) {
    // Past its time: let the gateway close it (expired) before anything else.
    const synced = await syncOrder(deps, order.id, {
      actor: "shopper",
      reason: "checkout found it past its time",
    });
    if (!synced.ok) return fail(synced.error);
    if (synced.data.status !== "PENDING_PAYMENT") return ok(null);
  }
  const detail = await findOrderDetail(deps.db, order.id);
  if (!detail || detail.order.status !== "PENDING_PAYMENT") return ok(null);
  if (order.checkoutKey === key) return ok(detail);

  const { payment } = detail;
  if (!payment) {
    // Its session may still be on its way: wait for it. Older than that, its creation failed.
    const age = deps.clock.now().getTime() - detail.order.createdAt.getTime();
    if (age < SESSION_IN_FLIGHT_MS) return checkoutBusy();
    return replaceSessionless(deps, order);
  }
  if (!isCancellableSession(payment.status)) {
    return fail({
      code: "payment_in_progress",
      messageKey: payment.vaNumber ? "va_already_issued" : "payment_in_progress",
      params: { bank: payment.channel ?? "", reference: detail.order.reference },
      orderId: detail.order.id,
    });
  }
  const voided = await voidSession(
    deps,
    { orderId: order.id, sessionId: payment.id, reason: "DUPLICATED" },
    { actor: "shopper", why: "replaced by a changed checkout." },
  );
  if (!voided.ok) {
    // Another checkout of this cart may have cancelled it first, or the session was just given a
    // method: bring our copy up to date. When the session has moved on, the next round decides on
    // what it has become (a new order, or the payment in progress); otherwise the gateway failed.
    const synced = await syncOrder(deps, order.id, { actor: "shopper", reason: "replacing it failed" });
    const now = synced.ok ? await findOrderDetail(deps.db, order.id) : undefined;
    const movedOn =
      now !== undefined &&
      (now.order.status !== "PENDING_PAYMENT" || !isCancellableSession(now.payment?.status));
    return movedOn ? ok(null) : fail(voided.error);
  }
  return ok(null);
}

/**
 * An earlier order whose session was never stored. The gateway is asked by reference first (its
 * answer may have been lost); only when it has no session is the order closed, so the stock goes
 * back and the new checkout can go ahead.
 */
async function replaceSessionless(deps: CheckoutDeps, order: Order): Promise<Result<OrderDetail | null>> {
  const synced = await syncOrder(deps, order.id, {
    actor: "shopper",
    reason: "replaced by a changed checkout",
  });
  if (!synced.ok) return fail(synced.error);
  const detail = await findOrderDetail(deps.db, order.id);
  if (!detail || detail.order.status !== "PENDING_PAYMENT") return ok(null);
  if (detail.payment) return checkoutBusy(); // Found one: the next attempt decides on its status.
  await closeOrder(deps.db, order.id, "CANCELLED", {
    actor: "shopper",
    reason: "replaced by a changed checkout; it never got a payment session.",
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  return ok(null);
}

/** Another checkout of this cart is being opened right now: a moment later it can be resumed. */
export function checkoutBusy(): { ok: false; error: AppError } {
  return fail({
    code: "checkout_in_progress",
    retryable: true,
    retryAfterSeconds: 2,
  });
}
