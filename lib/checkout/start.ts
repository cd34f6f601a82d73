import "server-only";
import { readCart } from "@/lib/cart/repository";
import { requestIdFor } from "@/lib/harsya";
import { checkoutKey, newOrderId, newOrderReference } from "@/lib/orders/identifiers";
import {
  addOrderEvent,
  applyPaymentSnapshot,
  closeOrder,
  createOrder,
  findOrderDetail,
  type Order,
  type OrderDetail,
  type OrderItem,
  type Payment,
} from "@/lib/orders/repository";
import { CANCELLABLE_SESSION_STATUSES } from "@/lib/orders/state";
import { hitRateLimits } from "@/lib/rate-limit";
import { fail, ok, type AppError, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import type { CheckoutInput } from "./input";
import { CHOOSE_ON_PAGE } from "./payment-choice";
import { createPaymentRequest } from "./payload";
import { snapshotFromSession } from "./snapshot";
import { syncOrder } from "./sync";

/** The documented minimum for virtual-account payments. */
export const MINIMUM_VA_AMOUNT = 10_000;

/**
 * An order younger than this without a stored session may still be getting one from the gateway
 * (its create call retries for up to about three time-outs), so a changed checkout waits for it.
 */
const SESSION_IN_FLIGHT_MS = 30_000;

/** A changed checkout settles the cart's earlier order, then tries again; this bounds the loop. */
const MAX_SETTLE_ROUNDS = 3;

export interface CheckoutStarted {
  orderId: string;
  paymentUrl: string;
}

export interface CheckoutRequest {
  cartId: string | undefined;
  userId: string | null;
  /** The client's address, for the per-address rate limit. */
  clientAddress: string;
  input: CheckoutInput;
}

/**
 * "Pay now": prices the cart on the server, stores the order (reserving stock) before calling the
 * gateway, then opens the payment session.
 *
 * A cart has at most one open order (createOrder holds the cart's lock), so it can never be paid
 * twice. The same checkout submitted again (double click, reload, retry after an error) resumes
 * that order and its session. A changed checkout (another method, other details, another cart)
 * replaces it only while its session can still be cancelled; once a virtual account is issued,
 * the shopper is sent back to it instead of getting a second one.
 */
export async function startCheckout(
  deps: CheckoutDeps,
  request: CheckoutRequest,
): Promise<Result<CheckoutStarted>> {
  const { cartId, userId, input } = request;
  const limited = await hitRateLimits(deps.db, [
    ...(cartId ? [{ rule: deps.config.checkoutLimits.perCart, subject: cartId }] : []),
    { rule: deps.config.checkoutLimits.perAddress, subject: request.clientAddress },
  ]);
  if (!limited.allowed) {
    return fail({
      code: "rate_limited",
      status: 429,
      message: `Too many checkout attempts. Please wait ${limited.retryAfterSeconds} seconds and try again; your cart is kept.`,
      retryable: true,
      retryAfterSeconds: limited.retryAfterSeconds,
    });
  }

  const cart = await readCart(deps.db, cartId);
  if (!cartId || cart.lines.length === 0) {
    return fail({
      code: "cart_empty",
      status: 422,
      message: "Your cart is empty.",
      fields: { cart: "is empty" },
    });
  }
  if (cart.subtotal < MINIMUM_VA_AMOUNT) {
    return fail({
      code: "amount_too_small",
      status: 422,
      message: "Virtual account payments start at Rp 10.000. Please add something to your cart.",
      fields: { cart: "total below Rp 10.000" },
    });
  }

  const channel = input.paymentMethod === CHOOSE_ON_PAGE ? null : input.paymentMethod;
  const key = checkoutKey({
    cartId,
    userId,
    lines: cart.lines.map((line) => [line.productId, line.quantity, line.unitPrice]),
    contact: [input.fullName, input.email, input.phone],
    channel,
  });

  const items = cart.lines.map((line) => ({
    productId: line.productId,
    name: line.name,
    unitPrice: line.unitPrice,
    quantity: line.quantity,
    lineTotal: line.lineTotal,
  }));
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
    const created = await createOrder(deps.db, {
      id: newOrderId(),
      reference: newOrderReference(),
      cartId,
      userId,
      checkoutKey: key,
      customerName: input.fullName,
      email: input.email,
      phoneNumber: input.phone,
      channel,
      amount: cart.subtotal,
      expiresAt: new Date(Date.now() + deps.config.paymentSessionMinutes * 60_000),
      items,
    });
    if (!created.ok) return fail(created.error);
    const { order } = created.data;
    if (created.data.created) return openSession(deps, order, items, null);

    const settled = await settleOpenOrder(deps, order, key);
    if (!settled.ok) return fail(settled.error);
    if (settled.data) return openSession(deps, settled.data.order, settled.data.items, settled.data.payment);
    // The earlier order is closed now: go round and create this checkout's order.
  }
  return checkoutBusy();
}

/**
 * The cart's open order, met by a new checkout. Returns its detail when the checkout should resume
 * it, null once it is closed (so a new order can be made), or why neither can happen yet.
 */
async function settleOpenOrder(
  deps: CheckoutDeps,
  order: Order,
  key: string,
): Promise<Result<OrderDetail | null>> {
  if (order.expiresAt.getTime() <= Date.now()) {
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
    if (Date.now() - detail.order.createdAt.getTime() < SESSION_IN_FLIGHT_MS) return checkoutBusy();
    return replaceSessionless(deps, order);
  }
  if (!CANCELLABLE_SESSION_STATUSES.includes(payment.status)) {
    return fail({
      code: "payment_in_progress",
      status: 409,
      message: payment.vaNumber
        ? `Your cart already has a ${payment.channel ?? "bank"} virtual account (order ${detail.order.reference}). Pay that one, or wait until it expires: a second one is not issued.`
        : `Your cart already has a payment in progress (order ${detail.order.reference}). Finish it, or wait until it expires.`,
      orderId: detail.order.id,
    });
  }
  try {
    const session = await deps.gateway.cancelPayment(payment.id, "DUPLICATED");
    await applyPaymentSnapshot(deps.db, order.id, snapshotFromSession(session), {
      actor: "shopper",
      reason: "replaced by a changed checkout.",
    });
  } catch (error) {
    // The session may have just been given a method: bring our copy up to date, then let the
    // shopper try again, which then finds whatever the session has become.
    await syncOrder(deps, order.id, { actor: "shopper", reason: "replacing it failed" });
    return fail(gatewayFailure(error, "replace your earlier payment"));
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
  });
  return ok(null);
}

/** Another checkout of this cart is being opened right now: a moment later it can be resumed. */
function checkoutBusy(): { ok: false; error: AppError } {
  return fail({
    code: "checkout_in_progress",
    status: 409,
    message: "Your payment is being prepared in another tab or request. Please try again in a moment.",
    retryable: true,
    retryAfterSeconds: 2,
  });
}

/** Returns the order's payment page, creating its session first when it has none yet. */
async function openSession(
  deps: CheckoutDeps,
  order: Order,
  items: Pick<OrderItem, "name" | "quantity" | "unitPrice">[],
  payment: Payment | null,
): Promise<Result<CheckoutStarted>> {
  if (payment?.paymentUrl) return ok({ orderId: order.id, paymentUrl: payment.paymentUrl });

  // Derived from the order id: every retry for this order replays the gateway's first answer.
  const requestId = requestIdFor("payment-session", order.id);
  let session;
  try {
    session = await deps.gateway.createPayment(createPaymentRequest(order, items, deps.config), {
      requestId,
    });
  } catch (error) {
    const failure = gatewayFailure(error, "open the payment");
    await addOrderEvent(deps.db, {
      orderId: order.id,
      type: "GATEWAY_ERROR",
      message: `Creating the payment session failed: ${failure.code}. The order is kept; the shopper can try again.`,
      data: { code: failure.code, status: failure.status },
    });
    return fail(failure);
  }
  const snapshot = snapshotFromSession(session);
  const applied = await applyPaymentSnapshot(deps.db, order.id, snapshot, {
    requestId,
    actor: "shopper",
    reason: "payment session created",
  });
  if (applied?.order.status !== "PENDING_PAYMENT") {
    // The order ended while its session was being opened: never hand out a page to pay it.
    if (CANCELLABLE_SESSION_STATUSES.includes(snapshot.status)) {
      await deps.gateway.cancelPayment(snapshot.sessionId, "VOID_SESSION").catch(() => undefined);
    }
    return fail({
      code: "order_closed",
      status: 409,
      message: "This order was closed while its payment was being opened. Please press “Pay now” again.",
      retryable: true,
    });
  }
  if (!snapshot.paymentUrl) {
    return fail({
      code: "gateway_rejected",
      status: 502,
      message:
        "The payment service did not return a payment page. Your order is saved and you have not been charged: it is safe to try again.",
      retryable: true,
    });
  }
  return ok({ orderId: order.id, paymentUrl: snapshot.paymentUrl });
}
