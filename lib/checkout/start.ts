import "server-only";
import { readCart } from "@/lib/cart/repository";
import { requestIdFor } from "@/lib/harsya";
import { checkoutKey, newOrderId, newOrderReference } from "@/lib/orders/identifiers";
import {
  addOrderEvent,
  applyPaymentSnapshot,
  createOrder,
  findOpenOrderByCheckoutKey,
  findOrderDetail,
  listOpenOrdersOfCart,
  type Order,
} from "@/lib/orders/repository";
import { CANCELLABLE_SESSION_STATUSES } from "@/lib/orders/state";
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

export interface CheckoutStarted {
  orderId: string;
  paymentUrl: string;
}

/**
 * "Pay now": prices the cart on the server, stores the order (reserving stock) before calling the
 * gateway, then opens the payment session. The same checkout submitted again (double click, reload,
 * retry after an error) resumes the same order and session.
 */
export async function startCheckout(
  deps: CheckoutDeps,
  request: { cartId: string | undefined; userId: string | null; input: CheckoutInput },
): Promise<Result<CheckoutStarted>> {
  const { cartId, userId, input } = request;
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

  const open = await findOpenOrderByCheckoutKey(deps.db, key);
  if (open && open.expiresAt.getTime() > Date.now()) return openSession(deps, open);
  // Past its time: let the gateway close it (expired), so that a new order can start below.
  if (open) await syncOrder(deps, open.id, { actor: "shopper", reason: "checkout found it past its time" });

  await supersedeOpenOrders(deps, cartId, key);
  // Superseding may have put this cart's own reservation back on the shelf: read the stock now.
  const short = (await readCart(deps.db, cartId)).lines.find((line) => line.quantity > line.stock);
  if (short) {
    return explainStockConflict(deps, cartId, {
      code: "insufficient_stock",
      status: 409,
      message:
        short.stock === 0
          ? `${short.name} has sold out. Please remove it from your cart.`
          : `Only ${short.stock} of ${short.name} left. Please lower the quantity in your cart.`,
      fields: { [`items.${short.productId}`]: "not enough stock" },
    });
  }

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
    items: cart.lines.map((line) => ({
      productId: line.productId,
      name: line.name,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      lineTotal: line.lineTotal,
    })),
  });
  if (!created.ok) return explainStockConflict(deps, cartId, created.error);
  return openSession(deps, created.data.order);
}

/** Returns the order's payment page, creating its session first when it has none yet. */
async function openSession(deps: CheckoutDeps, order: Order): Promise<Result<CheckoutStarted>> {
  const detail = await findOrderDetail(deps.db, order.id);
  if (!detail) return fail({ code: "order_not_found", status: 404, message: "No such order." });
  if (detail.payment?.paymentUrl) return ok({ orderId: order.id, paymentUrl: detail.payment.paymentUrl });

  // Derived from the order id: every retry for this order replays the gateway's first answer.
  const requestId = requestIdFor("payment-session", order.id);
  let session;
  try {
    session = await deps.gateway.createPayment(
      createPaymentRequest(detail.order, detail.items, deps.config),
      {
        requestId,
      },
    );
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
        "The payment service did not return a payment page. You have not been charged; please try again.",
      retryable: true,
    });
  }
  return ok({ orderId: order.id, paymentUrl: snapshot.paymentUrl });
}

/**
 * A changed checkout (another bank, other contact details, another cart) replaces the cart's
 * earlier open orders where that is safe: sessions the gateway can still cancel. An issued virtual
 * account cannot be voided, so it stays payable until it expires; an order whose session was never
 * stored may still be getting one, so the reconciler settles it after its time, asking the gateway first.
 */
async function supersedeOpenOrders(deps: CheckoutDeps, cartId: string, key: string): Promise<void> {
  for (const previous of await listOpenOrdersOfCart(deps.db, cartId)) {
    if (previous.checkoutKey === key) continue;
    const payment = (await findOrderDetail(deps.db, previous.id))?.payment;
    if (!payment || !CANCELLABLE_SESSION_STATUSES.includes(payment.status)) continue;
    try {
      const session = await deps.gateway.cancelPayment(payment.id, "DUPLICATED");
      await applyPaymentSnapshot(deps.db, previous.id, snapshotFromSession(session), {
        actor: "shopper",
        reason: "replaced by a changed checkout.",
      });
    } catch (error) {
      // Not fatal: the old session simply runs to its expiry.
      console.warn(
        "[checkout] could not cancel a replaced session:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

/** When stock is held by this same cart's unpaid order, say so instead of a bare "sold out". */
async function explainStockConflict(
  deps: CheckoutDeps,
  cartId: string,
  error: AppError,
): Promise<Result<CheckoutStarted>> {
  const [held] = error.code === "insufficient_stock" ? await listOpenOrdersOfCart(deps.db, cartId) : [];
  if (!held) return fail(error);
  return fail({
    ...error,
    message: `Part of your cart is held by your unpaid order ${held.reference}. Pay it from its order page, or wait until it expires and try again.`,
  });
}
