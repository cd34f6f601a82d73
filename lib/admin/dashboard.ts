import "server-only";
import { and, count, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders, payments, refunds } from "@/lib/db/schema";
import { periodRange, type DashboardPeriod, type PeriodRange } from "./period";

/**
 * The shop's numbers for a period of whole Jakarta days. Two ways of counting, on purpose:
 * - money (revenue, paid orders, the chart) counts by when the payment arrived (`paid_at`), so a
 *   day's revenue is what came in that day;
 * - conversion and the funnel follow the payment sessions created in the period (orders that got a
 *   payment row) to where they are now, so "paid out of created" compares the same orders.
 */

const WIB_OFFSET_SECONDS = 7 * 60 * 60;
const DAY_SECONDS = 24 * 60 * 60;

/**
 * How an order paid, as finely as we know it: the bank or wallet (BCA, DANA...), else the method
 * (QR, CARD), from the order or else from the session the gateway's page completed; null while
 * none was chosen.
 */
const orderMethod = sql<
  string | null
>`coalesce(${orders.channel}, ${payments.channel}, ${orders.method}, ${payments.method})`;

const amountSum = sql<number>`coalesce(sum(${orders.amount}), 0)`.mapWith(Number);
const countWhere = (status: string) =>
  sql<number>`count(*) filter (where ${orders.status} = ${status})`.mapWith(Number);

export interface DailyRevenue {
  /** Start of the Jakarta day. */
  day: Date;
  count: number;
  amount: number;
}

export interface MethodFunnel {
  /** The VA bank's code, or null when the shopper never chose one. */
  method: string | null;
  created: number;
  paid: number;
  expired: number;
  failed: number;
}

export interface ShopNumbers {
  period: DashboardPeriod;
  range: PeriodRange;
  paid: { count: number; amount: number };
  /** Payment sessions created in the period, and how many of those are paid now. */
  sessions: number;
  sessionsPaid: number;
  /** sessionsPaid / sessions, 0..1; null when no session was created. */
  conversion: number | null;
  expired: number;
  failed: number;
  refunds: { count: number; amount: number };
  daily: DailyRevenue[];
  funnel: MethodFunnel[];
}

export async function shopNumbers(db: Db, period: DashboardPeriod, now: Date): Promise<ShopNumbers> {
  const range = periodRange(period, now);
  const [daily, funnel, refunds] = await Promise.all([
    dailyPaidRevenue(db, range),
    methodFunnel(db, range),
    refundsInPeriod(db, range),
  ]);
  const paid = daily.reduce((sum, d) => ({ count: sum.count + d.count, amount: sum.amount + d.amount }), {
    count: 0,
    amount: 0,
  });
  const total = (key: "created" | "paid" | "expired" | "failed") =>
    funnel.reduce((sum, row) => sum + row[key], 0);
  const sessions = total("created");
  const sessionsPaid = total("paid");
  return {
    period,
    range,
    paid,
    sessions,
    sessionsPaid,
    conversion: sessions > 0 ? sessionsPaid / sessions : null,
    expired: total("expired"),
    failed: total("failed"),
    refunds,
    daily,
    funnel,
  };
}

/** Paid orders and revenue for every Jakarta day of the range, days without payments included. */
export async function dailyPaidRevenue(db: Db, range: PeriodRange): Promise<DailyRevenue[]> {
  // The Jakarta day as a number (days since 1970-01-01 WIB): WIB has no daylight saving, so a fixed
  // offset is exact and does not depend on the database's time zone data.
  // Constants inlined, not bound: GROUP BY must see the very expression the SELECT has.
  const dayNumber = sql<number>`floor((extract(epoch from ${orders.paidAt}) + ${sql.raw(String(WIB_OFFSET_SECONDS))}) / ${sql.raw(String(DAY_SECONDS))})`;
  const rows = await db
    .select({ day: dayNumber.mapWith(Number), count: count(), amount: amountSum })
    .from(orders)
    .where(and(eq(orders.status, "PAID"), gte(orders.paidAt, range.start), lt(orders.paidAt, range.end)))
    .groupBy(dayNumber);
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return range.days.map((day) => {
    const row = byDay.get((day.getTime() / 1000 + WIB_OFFSET_SECONDS) / DAY_SECONDS);
    return { day, count: row?.count ?? 0, amount: row?.amount ?? 0 };
  });
}

/** Sessions created in the range by method: how many, and how many are paid, expired, failed now. */
export async function methodFunnel(db: Db, range: PeriodRange): Promise<MethodFunnel[]> {
  const rows = await db
    .select({
      method: orderMethod,
      created: count(),
      paid: countWhere("PAID"),
      expired: countWhere("EXPIRED"),
      failed: countWhere("FAILED"),
    })
    .from(orders)
    .innerJoin(payments, eq(payments.orderId, orders.id))
    .where(and(gte(orders.createdAt, range.start), lt(orders.createdAt, range.end)))
    .groupBy(orderMethod);
  // Busiest first; ties by bank code, "no bank chosen" last.
  return rows.sort(
    (a, b) =>
      b.created - a.created ||
      Number(a.method === null) - Number(b.method === null) ||
      (a.method ?? "").localeCompare(b.method ?? ""),
  );
}

/** Money given back in the range: refunds that succeeded, by when they did (their last change). */
export async function refundsInPeriod(
  db: Db,
  range: PeriodRange,
): Promise<{ count: number; amount: number }> {
  const [row] = await db
    .select({ count: count(), amount: sql<number>`coalesce(sum(${refunds.amount}), 0)`.mapWith(Number) })
    .from(refunds)
    .where(
      and(
        eq(refunds.status, "SUCCESS"),
        gte(refunds.updatedAt, range.start),
        lt(refunds.updatedAt, range.end),
      ),
    );
  return { count: row?.count ?? 0, amount: row?.amount ?? 0 };
}
