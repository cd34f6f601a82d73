import "server-only";
import { and, asc, count, desc, eq, gte, ilike, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orderEvents, orderItems, orders, payments, webhookEvents } from "@/lib/db/schema";
import { jakartaDayRange } from "@/lib/time";
import { shopNumbers } from "./dashboard";
import { ADMIN_PAGE_SIZE, containsPattern, type AdminOrderFilters } from "./filters";
import { buildTimeline } from "./timeline";

/** Read-only queries for the merchant dashboard. Writes go through lib/checkout (see ./commands.ts). */

/**
 * The SQL condition of the list's filters (status, method, search), shared by the list and the CSV
 * export. A whole reference or a whole email address is looked up through its index (the merchant
 * pasting one from a receipt or an email); anything else searches within references and emails
 * (a scan: fine for the odd partial search, and what keeps it working for any fragment).
 */
export function adminOrdersWhere(filters: Pick<AdminOrderFilters, "status" | "method" | "q">) {
  return and(
    filters.status ? eq(orders.status, filters.status) : undefined,
    filters.method ? eq(orders.method, filters.method) : undefined,
    filters.q ? searchCondition(filters.q) : undefined,
  );
}

/** Our references: "HC" + 10 base32 characters (lib/orders/identifiers.ts). */
const WHOLE_REFERENCE = /^HC[0-9A-Z]{10}$/i;
const WHOLE_EMAIL = /^[^\s@%_\\]+@[^\s@%_\\]+\.[^\s@%_\\]+$/;

function searchCondition(q: string) {
  if (WHOLE_REFERENCE.test(q)) {
    // References all have this length: a reference containing a whole one is that one.
    return eq(orders.reference, q.toUpperCase());
  }
  if (WHOLE_EMAIL.test(q)) return sql`lower(${orders.email}) = ${q.toLowerCase()}`;
  const pattern = containsPattern(q);
  return or(ilike(orders.reference, pattern), ilike(orders.email, pattern));
}

/** How many orders past the current page the total counts before it says "at least" (10 pages). */
const COUNT_AHEAD = 200;

/** A row's place in the list (newest first): its creation time to the microsecond, and its id. */
const cursorOf = sql<string>`to_char(${orders.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '~' || ${orders.id}`;

function keyset(cursor: string, direction: "after" | "before") {
  const [at, id] = cursor.split("~");
  return direction === "after"
    ? sql`(${orders.createdAt}, ${orders.id}) < (${at}::timestamptz, ${id})`
    : sql`(${orders.createdAt}, ${orders.id}) > (${at}::timestamptz, ${id})`;
}

/**
 * A page of the list, newest first. Pages are reached by keyset (the row after the previous
 * page's last, or before the next page's first), so page 5,000 costs what page 1 does; a page
 * number without a cursor (a hand-edited URL) falls back to an offset.
 */
export async function listAdminOrders(db: Db, filters: AdminOrderFilters, pageSize = ADMIN_PAGE_SIZE) {
  const where = adminOrdersWhere(filters);
  const direction = filters.after ? "after" : filters.before ? "before" : undefined;
  const cursor = filters.after ?? filters.before;
  const backwards = direction === "before";
  const countLimit = filters.page * pageSize + COUNT_AHEAD + 1;
  const [found, [counted]] = await Promise.all([
    db
      .select({
        id: orders.id,
        reference: orders.reference,
        status: orders.status,
        customerName: orders.customerName,
        email: orders.email,
        amount: orders.amount,
        method: orders.method,
        channel: orders.channel,
        createdAt: orders.createdAt,
        cursor: cursorOf,
      })
      .from(orders)
      .where(cursor && direction ? and(where, keyset(cursor, direction)) : where)
      .orderBy(
        ...(backwards ? [asc(orders.createdAt), asc(orders.id)] : [desc(orders.createdAt), desc(orders.id)]),
      )
      .limit(pageSize)
      .offset(direction ? 0 : (filters.page - 1) * pageSize),
    // Counted only so far ahead: a total of 100,000 would cost a scan per page view.
    db.select({ total: count() }).from(
      db
        .select({ one: sql`1` })
        .from(orders)
        .where(where)
        .limit(countLimit)
        .as("counted"),
    ),
  ]);
  const rows = backwards ? found.reverse() : found;
  const totalIsLowerBound = (counted?.total ?? 0) >= countLimit;
  const total = totalIsLowerBound ? countLimit - 1 : (counted?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return {
    orders: rows,
    total,
    /** True when there are more orders than `total` (the count stopped there). */
    totalIsLowerBound,
    page: filters.page,
    pageCount,
    /** Cursors for the Next and Previous links. */
    nextAfter: filters.page < pageCount ? (rows.at(-1)?.cursor ?? null) : null,
    previousBefore: filters.page > 1 ? (rows[0]?.cursor ?? null) : null,
  };
}
export type AdminOrderList = Awaited<ReturnType<typeof listAdminOrders>>;

export interface PaidTotal {
  count: number;
  amount: number;
}

/**
 * Orders paid during today's Jakarta calendar day: how many, and how much, in all and per method
 * (largest amount first; `method` null for an order whose method was never recorded).
 */
export async function paidToday(
  db: Db,
  now = new Date(),
): Promise<PaidTotal & { byMethod: (PaidTotal & { method: string | null })[] }> {
  const { start, end } = jakartaDayRange(now);
  const rows = await db
    .select({
      method: orders.method,
      count: count(),
      amount: sql<number>`coalesce(sum(${orders.amount}), 0)`.mapWith(Number),
    })
    .from(orders)
    .where(and(eq(orders.status, "PAID"), gte(orders.paidAt, start), lt(orders.paidAt, end)))
    .groupBy(orders.method);
  const byMethod = rows.sort((a, b) => b.amount - a.amount);
  return {
    count: byMethod.reduce((sum, row) => sum + row.count, 0),
    amount: byMethod.reduce((sum, row) => sum + row.amount, 0),
    byMethod,
  };
}

/** Everything the order page shows, or null when there is no such order. */
export async function getAdminOrder(db: Db, id: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return null;
  const [items, [payment], events] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, id)).orderBy(asc(orderItems.id)),
    db.select().from(payments).where(eq(payments.orderId, id)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).orderBy(asc(orderEvents.id)),
  ]);
  // Verified callbacks only: the body of one with a wrong key is never read, so nothing ties it to
  // an order (the dashboard lists those, see listRejectedCallbacks). A verified callback the
  // webhook could not tie to an order still names the session.
  const callbacks = await db
    .select()
    .from(webhookEvents)
    .where(
      and(
        eq(webhookEvents.verified, true),
        payment
          ? or(eq(webhookEvents.orderId, id), eq(webhookEvents.sessionId, payment.id))
          : eq(webhookEvents.orderId, id),
      ),
    )
    .orderBy(asc(webhookEvents.receivedAt), asc(webhookEvents.id));
  return { order, items, payment: payment ?? null, timeline: buildTimeline(events, callbacks) };
}
export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;

const REJECTED_CALLBACKS_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Callbacks the webhook refused (wrong or missing key, body too large or not a callback) in the 24
 * hours before `now`: how many, and the latest few as the summaries that are all we keep of them.
 */
export async function listRejectedCallbacks(db: Db, now = new Date(), limit = 5) {
  const rejected = and(
    gte(webhookEvents.receivedAt, new Date(now.getTime() - REJECTED_CALLBACKS_WINDOW_MS)),
    lt(webhookEvents.receivedAt, now),
    gte(webhookEvents.httpStatus, 400),
    lt(webhookEvents.httpStatus, 500),
  );
  const [recent, [counted]] = await Promise.all([
    db
      .select({
        id: webhookEvents.id,
        receivedAt: webhookEvents.receivedAt,
        clientAddress: webhookEvents.clientAddress,
        bodyBytes: webhookEvents.bodyBytes,
        verified: webhookEvents.verified,
        outcome: webhookEvents.outcome,
        httpStatus: webhookEvents.httpStatus,
      })
      .from(webhookEvents)
      .where(rejected)
      .orderBy(desc(webhookEvents.receivedAt), desc(webhookEvents.id))
      .limit(limit),
    db.select({ total: count() }).from(webhookEvents).where(rejected),
  ]);
  return { total: counted?.total ?? 0, recent };
}
export type RejectedCallbacks = Awaited<ReturnType<typeof listRejectedCallbacks>>;

/**
 * The dashboard's first screen: the period's numbers, a page of orders, today's paid total and
 * refused callbacks.
 */
export async function adminDashboard(db: Db, filters: AdminOrderFilters, now = new Date()) {
  const [numbers, list, today, rejected] = await Promise.all([
    shopNumbers(db, filters.period ?? "today", now),
    listAdminOrders(db, filters),
    paidToday(db, now),
    listRejectedCallbacks(db, now),
  ]);
  return { numbers, list, today, rejected };
}
