import "server-only";
import { and, asc, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orderEvents, orderItems, orders, webhookEvents } from "@/lib/db/schema";
import { canTransition, type OrderStatus } from "./state";

/** Orders, their items and their timeline: nothing else is written here. */

export type Order = typeof orders.$inferSelect;
export type OrderItem = typeof orderItems.$inferSelect;
export type OrderEvent = typeof orderEvents.$inferSelect;

export interface NewOrder {
  id: string;
  reference: string;
  cartId: string | null;
  userId: string | null;
  checkoutKey: string;
  customerName: string;
  email: string;
  phoneNumber: string;
  /** The shopper's language at checkout ("id" or "en"); their emails are written in it. */
  locale?: string;
  method: string | null;
  channel: string | null;
  walletPhone: string | null;
  amount: number;
  expiresAt: Date;
  items: { productId: number; name: string; unitPrice: number; quantity: number; lineTotal: number }[];
}

export interface EventInput {
  orderId: string;
  type: string;
  message: string;
  data?: unknown;
  actor?: string;
}

export async function addOrderEvent(db: Db, event: EventInput): Promise<void> {
  await db.insert(orderEvents).values({ ...event, actor: event.actor ?? "system" });
}

export async function findOrder(db: Db, id: string): Promise<Order | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return order;
}

/** The order, locked until the caller's transaction ends. */
export async function lockOrder(db: Db, id: string): Promise<Order | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, id)).for("update");
  return order;
}

export function findOrderItems(db: Db, orderId: string): Promise<OrderItem[]> {
  return db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.id));
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
 * Inserts the order, its items and its first timeline entry. A concurrent insert with the same
 * open checkout key wins instead: then nothing is written and undefined comes back.
 */
export async function insertOrder(db: Db, draft: NewOrder): Promise<Order | undefined> {
  const { items, ...row } = draft;
  const [order] = await db
    .insert(orders)
    .values(row)
    .onConflictDoNothing({ target: orders.checkoutKey, where: sql`status = 'PENDING_PAYMENT'` })
    .returning();
  if (!order) return undefined;
  await db.insert(orderItems).values(items.map((item) => ({ ...item, orderId: order.id })));
  await db.insert(orderEvents).values({
    orderId: order.id,
    type: "ORDER_CREATED",
    message: `Order ${order.reference} created for ${items.length} product(s); stock reserved.`,
    actor: "shopper",
    data: { amount: order.amount, method: order.method, channel: order.channel },
  });
  return order;
}

/**
 * Moves a pending order to a final state, once: the conditional update makes replays and races
 * no-ops (null). What else must happen with it (stock, cart) is the caller's, in the same transaction.
 */
export async function transitionOrder(
  db: Db,
  order: Order,
  to: OrderStatus,
  change: { actor: string; why: string; note?: string; paidAt?: Date | null },
): Promise<Order | null> {
  if (!canTransition(order.status, to)) return null;
  const now = new Date();
  const [moved] = await db
    .update(orders)
    .set({
      status: to,
      closedAt: now,
      updatedAt: now,
      ...(to === "PAID" ? { paidAt: change.paidAt ?? order.paidAt ?? now } : {}),
    })
    .where(and(eq(orders.id, order.id), eq(orders.status, "PENDING_PAYMENT")))
    .returning();
  if (!moved) return null;
  await db.insert(orderEvents).values({
    orderId: order.id,
    type: "STATUS_CHANGED",
    message: `${order.status} → ${to}: ${change.why}${change.note ? ` ${change.note}` : ""}`,
    actor: change.actor,
    data: { from: order.status, to },
  });
  return moved;
}

/** Records what a gateway reading told us of the order besides its status. */
export async function markOrderSynced(
  db: Db,
  order: Order,
  seen: { at: Date; method: string | null; channel: string | null; paidAt: Date | null },
): Promise<void> {
  await db
    .update(orders)
    .set({
      lastSyncedAt: seen.at,
      ...(seen.method && seen.method !== order.method ? { method: seen.method } : {}),
      ...(seen.channel && seen.channel !== order.channel ? { channel: seen.channel } : {}),
      ...(seen.paidAt && !order.paidAt ? { paidAt: seen.paidAt } : {}),
    })
    .where(eq(orders.id, order.id));
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
