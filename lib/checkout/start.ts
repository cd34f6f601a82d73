import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { preparedOn } from "@/lib/db/prepared";
import { cartLines, orders, payments, products } from "@/lib/db/schema";
import { type Cart, cartLineColumns, cartLineOrder, cartOfRows, EMPTY_CART } from "@/lib/cart/repository";
import { requestIdFor } from "@/lib/harsya";
import type { Locale } from "@/lib/i18n/locales";
import { checkoutKey, newOrderId, newOrderReference } from "@/lib/orders/identifiers";
import { addOrderEvent, type Order, type OrderItem } from "@/lib/orders/repository";
import type { Payment } from "@/lib/payments/repository";
import { hitRateLimits } from "@/lib/rate-limit";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import type { CheckoutInput } from "./input";
import { orderMethodOf, sessionMinutes } from "./method";
import { createPaymentRequest } from "./payload";
import { applyPaymentSnapshot, createOrder } from "./order-store";
import { checkoutBusy, settleOpenOrder } from "./replace";
import { isCancellableSession } from "./session-status";
import { snapshotFromSession } from "./snapshot";
import { voidSession } from "./void-session";

/** The documented minimum for virtual-account payments. */
export const MINIMUM_VA_AMOUNT = 10_000;

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
  /** The shopper's language (lib/i18n/request.ts requestLocale()): their emails are written in it. */
  locale?: Locale;
  /**
   * Called once this checkout may have written an order, a session or a message (the route then
   * delivers the outbox after its answer); never for a resumed checkout, which writes none.
   */
  onWrite?: () => void;
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
  const { cart, openPage } = await readCheckoutCart(deps.db, cartId, deps.clock.now());
  if (!cartId || cart.lines.length === 0) {
    return fail({ code: "cart_empty", fields: { cart: { problem: "empty" } } });
  }
  if (cart.subtotal < MINIMUM_VA_AMOUNT) {
    return fail({
      code: "amount_too_small",
      fields: { cart: { problem: "belowMinimum", values: { minimum: MINIMUM_VA_AMOUNT } } },
    });
  }

  const { method, channel } = orderMethodOf(input.paymentMethod);
  const { walletPhone } = input;
  const key = checkoutKey({
    cartId,
    userId,
    lines: cart.lines.map((line) => [line.productId, line.quantity, line.unitPrice]),
    contact: [input.fullName, input.email, input.phone],
    method,
    channel,
    walletPhone,
  });
  // The same checkout again (double click, reload, retry): the cart's open order is this checkout's,
  // so its page is the answer. A resume is a read (it writes nothing and calls no gateway), so like
  // a status read it is not counted against the limits; what they guard is below, where orders and
  // sessions are made.
  if (openPage?.checkoutKey === key)
    return ok({ orderId: openPage.orderId, paymentUrl: openPage.paymentUrl });

  const limited = await hitRateLimits(deps.db, [
    { rule: deps.config.checkoutLimits.perCart, subject: cartId },
    { rule: deps.config.checkoutLimits.perAddress, subject: request.clientAddress },
  ]);
  if (!limited.allowed) {
    return fail({
      code: "rate_limited",
      messageKey: "checkout_rate_limited",
      params: { seconds: limited.retryAfterSeconds },
      retryable: true,
      retryAfterSeconds: limited.retryAfterSeconds,
    });
  }
  request.onWrite?.();
  const minutes = sessionMinutes(method, deps.config.paymentSessionMinutes);

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
      locale: request.locale,
      method,
      channel,
      walletPhone,
      amount: cart.subtotal,
      expiresAt: new Date(deps.clock.now().getTime() + minutes * 60_000),
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

interface OpenPage extends CheckoutStarted {
  checkoutKey: string;
}

/**
 * The cart's lines and, beside them, the page of the cart's open order (a cart has at most one)
 * while its time runs and its session exists: all a resumed checkout reads, in one statement.
 * Exactly what the locked path below would resume, without taking the cart's lock.
 */
const checkoutCartQuery = preparedOn((db) =>
  db
    .select({
      ...cartLineColumns,
      // [order id, checkout key, payment URL] as JSON text, read the same way from both drivers.
      openPage: sql<string | null>`(
        select json_build_array(${orders.id}, ${orders.checkoutKey}, ${payments.paymentUrl})::text
        from ${orders} join ${payments} on ${payments.orderId} = ${orders.id}
        where ${orders.cartId} = ${sql.placeholder("cartId")}
          and ${orders.status} = 'PENDING_PAYMENT'
          and ${orders.expiresAt} > ${sql.placeholder("now")}::timestamptz
          and ${payments.paymentUrl} is not null
        limit 1)`,
    })
    .from(cartLines)
    .innerJoin(products, eq(products.id, cartLines.productId))
    .where(eq(cartLines.cartId, sql.placeholder("cartId")))
    .orderBy(...cartLineOrder)
    .prepare("checkout_cart"),
);

async function readCheckoutCart(
  db: Db,
  cartId: string | undefined,
  now: Date,
): Promise<{ cart: Cart; openPage: OpenPage | undefined }> {
  if (!cartId) return { cart: EMPTY_CART, openPage: undefined };
  const rows = await checkoutCartQuery(db).execute({ cartId, now: now.toISOString() });
  const lines = rows.map(({ openPage: _page, ...line }) => line);
  const [orderId, checkoutKey, paymentUrl] = JSON.parse(rows[0]?.openPage ?? "[]") as (string | undefined)[];
  return {
    cart: cartOfRows(lines),
    openPage: orderId && checkoutKey && paymentUrl ? { orderId, checkoutKey, paymentUrl } : undefined,
  };
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
      data: { code: failure.code, retryable: failure.retryable ?? false },
    });
    return fail(failure);
  }
  const snapshot = snapshotFromSession(session);
  const applied = await applyPaymentSnapshot(deps.db, order.id, snapshot, {
    requestId,
    actor: "shopper",
    reason: "payment session created",
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  if (applied?.order.status !== "PENDING_PAYMENT") {
    // The order ended while its session was being opened: never hand out a page to pay it.
    if (isCancellableSession(snapshot.status)) {
      await voidSession(
        deps,
        { orderId: order.id, sessionId: snapshot.sessionId, reason: "VOID_SESSION" },
        { actor: "shopper", why: "opened after the order had closed." },
      );
    }
    return fail({ code: "order_closed", retryable: true });
  }
  if (!snapshot.paymentUrl) {
    return fail({ code: "gateway_rejected", messageKey: "gateway_no_page", retryable: true });
  }
  return ok({ orderId: order.id, paymentUrl: snapshot.paymentUrl });
}
