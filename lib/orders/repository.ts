import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import {
  cartLines,
  carts,
  orderEvents,
  orderItems,
  orders,
  payments,
  products,
  webhookEvents,
} from "@/lib/db/schema";
import { fail, ok, type Result } from "@/lib/result";
import { canTransition, isFinal, orderStatusForSession, releasesStock, type OrderStatus } from "./state";

export type Order = typeof orders.$inferSelect;
export type OrderItem = typeof orderItems.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type OrderEvent = typeof orderEvents.$inferSelect;

export interface OrderDetail {
  order: Order;
  items: OrderItem[];
  payment: Payment | null;
}

export interface NewOrder {
  id: string;
  reference: string;
  cartId: string | null;
  userId: string | null;
  checkoutKey: string;
  customerName: string;
  email: string;
  phoneNumber: string;
  channel: string | null;
  amount: number;
  expiresAt: Date;
  items: { productId: number; name: string; unitPrice: number; quantity: number; lineTotal: number }[];
}

/** What we keep of a gateway payment session; lib/checkout builds it from the gateway's answer. */
export interface PaymentSnapshot {
  sessionId: string;
  status: string;
  cancellationReason: string | null;
  chargeStatuses: string[];
  paymentUrl: string | null;
  autoConfirm: boolean;
  channel: string | null;
  vaNumber: string | null;
  vaName: string | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  raw: unknown;
}

export interface EventInput {
  orderId: string;
  type: string;
  message: string;
  data?: unknown;
  actor?: string;
}

const byProduct = <T extends { productId: number }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.productId - b.productId);

class OutOfStock extends Error {
  constructor(
    readonly productName: string,
    readonly productId: number,
    readonly left: number,
  ) {
    super(`${productName} is out of stock`);
  }
}

export async function addOrderEvent(db: Db, event: EventInput): Promise<void> {
  await db.insert(orderEvents).values({ ...event, actor: event.actor ?? "system" });
}

export async function findOrder(db: Db, id: string): Promise<Order | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return order;
}

export async function findOrderDetail(db: Db, id: string): Promise<OrderDetail | undefined> {
  const order = await findOrder(db, id);
  if (!order) return undefined;
  const [items, [payment]] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, id)).orderBy(asc(orderItems.id)),
    db.select().from(payments).where(eq(payments.orderId, id)).limit(1),
  ]);
  return { order, items, payment: payment ?? null };
}

export async function findOrderIdBySession(db: Db, sessionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ orderId: payments.orderId })
    .from(payments)
    .where(eq(payments.id, sessionId));
  return row?.orderId;
}

export async function findOrderIdByReference(db: Db, reference: string): Promise<string | undefined> {
  const [row] = await db.select({ id: orders.id }).from(orders).where(eq(orders.reference, reference));
  return row?.id;
}

export async function findOpenOrderByCheckoutKey(db: Db, key: string): Promise<Order | undefined> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.checkoutKey, key), eq(orders.status, "PENDING_PAYMENT")))
    .limit(1);
  return order;
}

export function listOpenOrdersOfCart(db: Db, cartId: string): Promise<Order[]> {
  return db
    .select()
    .from(orders)
    .where(and(eq(orders.cartId, cartId), eq(orders.status, "PENDING_PAYMENT")))
    .orderBy(asc(orders.createdAt));
}

/**
 * Inserts the order, its items and the stock reservation in one transaction, holding the cart's
 * row lock so that a cart never has two open orders, on any instance. When the cart already has
 * an open order, nothing is written and that order comes back (`created: false`): the same
 * checkout key means a double submit to resume; another key means the caller must settle the
 * earlier order first.
 */
export async function createOrder(
  db: Db,
  draft: NewOrder,
): Promise<Result<{ order: Order; created: boolean }>> {
  try {
    return await db.transaction(async (tx) => {
      const { items, ...row } = draft;
      if (draft.cartId) {
        await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, draft.cartId)).for("update");
        const [open] = await listOpenOrdersOfCart(tx, draft.cartId);
        if (open) return ok({ order: open, created: false });
      }
      const [order] = await tx
        .insert(orders)
        .values(row)
        .onConflictDoNothing({ target: orders.checkoutKey, where: sql`status = 'PENDING_PAYMENT'` })
        .returning();
      if (!order) {
        const existing = await findOpenOrderByCheckoutKey(tx, draft.checkoutKey);
        if (existing) return ok({ order: existing, created: false });
        throw new Error("Order key conflict without an open order");
      }
      await tx.insert(orderItems).values(items.map((item) => ({ ...item, orderId: order.id })));
      // Rows are locked in product order everywhere, so concurrent orders cannot deadlock.
      for (const item of byProduct(items)) {
        const reserved = await tx
          .update(products)
          .set({ stock: sql`${products.stock} - ${item.quantity}` })
          .where(and(eq(products.id, item.productId), sql`${products.stock} >= ${item.quantity}`))
          .returning({ id: products.id });
        if (reserved.length === 0) {
          const [left] = await tx
            .select({ stock: products.stock })
            .from(products)
            .where(eq(products.id, item.productId));
          throw new OutOfStock(item.name, item.productId, left?.stock ?? 0);
        }
      }
      await tx.insert(orderEvents).values({
        orderId: order.id,
        type: "ORDER_CREATED",
        message: `Order ${order.reference} created for ${items.length} product(s); stock reserved.`,
        actor: "shopper",
        data: { amount: order.amount, channel: order.channel },
      });
      return ok({ order, created: true });
    });
  } catch (error) {
    if (error instanceof OutOfStock) {
      return fail({
        code: "insufficient_stock",
        status: 409,
        message:
          error.left === 0
            ? `${error.productName} has sold out. Please remove it from your cart.`
            : `Only ${error.left} of ${error.productName} left. Please lower the quantity in your cart.`,
        fields: { [`items.${error.productId}`]: "not enough stock" },
      });
    }
    throw error;
  }
}

/**
 * Moves a pending order to a final state, once: the conditional update makes replays and races
 * no-ops. Stock comes back for unpaid endings; a paid order's products leave the shopper's cart.
 */
async function transition(
  db: Db,
  order: Order,
  to: OrderStatus,
  actor: string,
  why: string,
): Promise<Order | null> {
  if (!canTransition(order.status, to)) return null;
  const now = new Date();
  const [moved] = await db
    .update(orders)
    .set({
      status: to,
      closedAt: now,
      updatedAt: now,
      ...(to === "PAID" ? { paidAt: order.paidAt ?? now } : {}),
    })
    .where(and(eq(orders.id, order.id), eq(orders.status, "PENDING_PAYMENT")))
    .returning();
  if (!moved) return null;

  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  if (releasesStock(to)) {
    for (const item of byProduct(items)) {
      await db
        .update(products)
        .set({ stock: sql`${products.stock} + ${item.quantity}` })
        .where(eq(products.id, item.productId));
    }
  }
  if (to === "PAID" && order.cartId && items.length > 0) {
    await db.delete(cartLines).where(
      and(
        eq(cartLines.cartId, order.cartId),
        inArray(
          cartLines.productId,
          items.map((item) => item.productId),
        ),
      ),
    );
  }
  await db.insert(orderEvents).values({
    orderId: order.id,
    type: "STATUS_CHANGED",
    message: `${order.status} → ${to}: ${why}${releasesStock(to) ? " Stock released." : ""}`,
    actor,
    data: { from: order.status, to },
  });
  return moved;
}

export interface ApplyResult {
  order: Order;
  changed: boolean;
  /** True when this call stored the payment row for the first time. */
  paymentCreated: boolean;
}

/**
 * Stores the latest gateway view of the order's session and moves the order forward when the
 * session says so. Safe to call any number of times, in any order, concurrently.
 */
export async function applyPaymentSnapshot(
  db: Db,
  orderId: string,
  snapshot: PaymentSnapshot,
  options: { requestId?: string; actor: string; reason: string },
): Promise<ApplyResult | undefined> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return undefined;
    const now = new Date();
    const values = {
      status: snapshot.status,
      paymentUrl: snapshot.paymentUrl,
      autoConfirm: snapshot.autoConfirm,
      channel: snapshot.channel,
      vaNumber: snapshot.vaNumber,
      vaName: snapshot.vaName,
      expiresAt: snapshot.expiresAt,
      paidAt: snapshot.paidAt,
      raw: snapshot.raw,
      updatedAt: now,
    };
    const [stored] = await tx
      .select({ status: payments.status })
      .from(payments)
      .where(eq(payments.id, snapshot.sessionId))
      .for("update");
    const inserted = stored
      ? []
      : await tx
          .insert(payments)
          .values({ id: snapshot.sessionId, orderId, requestId: options.requestId ?? "", ...values })
          .onConflictDoNothing({ target: payments.id })
          .returning({ id: payments.id });
    if (inserted.length > 0) {
      await tx.insert(orderEvents).values({
        orderId,
        type: "SESSION_CREATED",
        message: `Payment session ${snapshot.sessionId} created (${snapshot.status}${snapshot.channel ? `, ${snapshot.channel}` : ", method chosen on the payment page"}).`,
        actor: options.actor,
        data: { sessionId: snapshot.sessionId, status: snapshot.status, vaNumber: snapshot.vaNumber },
      });
    } else if (
      stored &&
      isFinal(orderStatusForSession(stored)) &&
      !isFinal(orderStatusForSession(snapshot))
    ) {
      // An older reading (a slow poll racing a callback) must not roll a settled session back.
    } else {
      await tx.update(payments).set(values).where(eq(payments.id, snapshot.sessionId));
    }
    await tx
      .update(orders)
      .set({
        lastSyncedAt: now,
        ...(snapshot.channel && snapshot.channel !== order.channel ? { channel: snapshot.channel } : {}),
        ...(snapshot.paidAt && !order.paidAt ? { paidAt: snapshot.paidAt } : {}),
      })
      .where(eq(orders.id, orderId));

    const target = orderStatusForSession(snapshot);
    if (target === "PAID" && order.status !== "PAID" && isFinal(order.status) && stored?.status !== "PAID") {
      // Money arrived for an order we had already closed: a person must refund or fulfil it.
      await tx.insert(orderEvents).values({
        orderId,
        type: "PAID_AFTER_CLOSE",
        message: `The gateway reports this payment PAID, but the order was already ${order.status}. Refund the shopper or fulfil the order by hand.`,
        actor: options.actor,
        data: { sessionId: snapshot.sessionId, orderStatus: order.status },
      });
    }
    const moved = await transition(
      tx,
      { ...order, paidAt: snapshot.paidAt ?? order.paidAt },
      target,
      options.actor,
      options.reason,
    );
    const [current] = await tx.select().from(orders).where(eq(orders.id, orderId));
    return { order: current ?? order, changed: moved !== null, paymentCreated: inserted.length > 0 };
  });
}

/** Ends a pending order without a gateway answer (e.g. no session was ever created and it expired). */
export async function closeOrder(
  db: Db,
  orderId: string,
  to: Exclude<OrderStatus, "PENDING_PAYMENT" | "PAID">,
  options: { actor: string; reason: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return false;
    return (await transition(tx, order, to, options.actor, options.reason)) !== null;
  });
}

/**
 * Claims the right to re-sync a pending order for `leaseMs`; false when another request holds it
 * (so a burst of status polls makes one gateway call) or the order is no longer pending.
 */
export async function acquireSyncLease(db: Db, orderId: string, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const claimed = await db
    .update(orders)
    .set({ syncLeaseUntil: new Date(now.getTime() + leaseMs) })
    .where(
      and(
        eq(orders.id, orderId),
        eq(orders.status, "PENDING_PAYMENT"),
        or(isNull(orders.syncLeaseUntil), lt(orders.syncLeaseUntil, now)),
      ),
    )
    .returning({ id: orders.id });
  return claimed.length > 0;
}

export async function releaseSyncLease(db: Db, orderId: string): Promise<void> {
  await db.update(orders).set({ syncLeaseUntil: null }).where(eq(orders.id, orderId));
}

/**
 * Pending orders for the reconciler, those synced longest ago first, skipping any whose sync lease
 * is held (being synced now, or backing off after a failure) so failing orders cannot starve others.
 */
export function listPendingOrders(db: Db, limit: number): Promise<Order[]> {
  return db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.status, "PENDING_PAYMENT"),
        or(isNull(orders.syncLeaseUntil), lt(orders.syncLeaseUntil, new Date())),
      ),
    )
    .orderBy(sql`${orders.lastSyncedAt} asc nulls first`)
    .limit(limit);
}

export async function recordWebhookEvent(db: Db, event: typeof webhookEvents.$inferInsert): Promise<void> {
  await db.insert(webhookEvents).values(event);
}

/** The phone number of the account's latest order, to pre-fill its next checkout. */
export async function findLatestPhoneOfUser(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ phoneNumber: orders.phoneNumber })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  return row?.phoneNumber;
}
