import "server-only";
import { between, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db";
import { dashboardDays, dashboardMethodDays } from "@/lib/db/schema";
import { periodRange, type DashboardPeriod, type PeriodRange } from "./period";

/**
 * The shop's numbers for a period of whole Jakarta days. Two ways of counting, on purpose:
 * - money (revenue, paid orders, the chart) counts by when the payment arrived (`paid_at`), so a
 *   day's revenue is what came in that day;
 * - conversion and the funnel follow the payment sessions created in the period (orders that got a
 *   payment row) to where they are now, so "paid out of created" compares the same orders.
 * Both read the daily roll-up (lib/db/schema/dashboard.ts) that triggers keep as orders, payments
 * and refunds change, so a period costs a row per day (and method), not a row per order.
 */

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

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
  const [{ daily, refunds }, funnel] = await Promise.all([dailyMoney(db, range), methodFunnel(db, range)]);
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

/** The roll-up's key for a Jakarta day: its calendar date, "2026-11-23". */
function dayKey(dayStart: Date): string {
  return new Date(dayStart.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

const inRange = (column: typeof dashboardDays.day | typeof dashboardMethodDays.day, range: PeriodRange) =>
  between(column, dayKey(range.start), dayKey(range.days.at(-1) ?? range.start));

const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

/** Sessions created in the range by method: how many, and how many are paid, expired, failed now. */
export async function methodFunnel(db: Db, range: PeriodRange): Promise<MethodFunnel[]> {
  const rows = await db
    .select({
      method: dashboardMethodDays.method,
      created: total(dashboardMethodDays.created),
      paid: total(dashboardMethodDays.paid),
      expired: total(dashboardMethodDays.expired),
      failed: total(dashboardMethodDays.failed),
    })
    .from(dashboardMethodDays)
    .where(inRange(dashboardMethodDays.day, range))
    .groupBy(dashboardMethodDays.method);
  return (
    rows
      // A method whose sessions all moved to other days or methods keeps a row of zeros.
      .filter((row) => row.created > 0)
      .map((row) => ({ ...row, method: row.method === "" ? null : row.method }))
      // Busiest first; ties by bank code, "no bank chosen" last.
      .sort(
        (a, b) =>
          b.created - a.created ||
          Number(a.method === null) - Number(b.method === null) ||
          (a.method ?? "").localeCompare(b.method ?? ""),
      )
  );
}

/**
 * Paid orders and revenue for every Jakarta day of the range (days without payments included), and
 * the money given back: refunds that succeeded, by when they did (their last change).
 */
export async function dailyMoney(
  db: Db,
  range: PeriodRange,
): Promise<{ daily: DailyRevenue[]; refunds: { count: number; amount: number } }> {
  const rows = await db.select().from(dashboardDays).where(inRange(dashboardDays.day, range));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const daily = range.days.map((day) => {
    const row = byDay.get(dayKey(day));
    return { day, count: row?.paidCount ?? 0, amount: row?.paidAmount ?? 0 };
  });
  const refunds = rows.reduce(
    (sum, row) => ({ count: sum.count + row.refundCount, amount: sum.amount + row.refundAmount }),
    { count: 0, amount: 0 },
  );
  return { daily, refunds };
}
