import { bigint, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * The admin dashboard's numbers, counted as they happen, so a period's numbers cost a row per day
 * however many orders there are. Database triggers keep them (drizzle/0009_dashboard_rollup.sql):
 * every insert, update or delete of an order, payment or refund moves the counters in the same
 * transaction, whoever writes it. A day is the Jakarta calendar day.
 */
export const dashboardDays = pgTable("dashboard_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  /** Orders now PAID whose payment arrived (paid_at) that day, and their sum in rupiah. */
  paidCount: integer("paid_count").notNull().default(0),
  paidAmount: bigint("paid_amount", { mode: "number" }).notNull().default(0),
  /** Refunds now SUCCESS whose last change (updated_at) was that day, and their sum. */
  refundCount: integer("refund_count").notNull().default(0),
  refundAmount: bigint("refund_amount", { mode: "number" }).notNull().default(0),
});

/**
 * Payment sessions by the day their order was created and by how it pays (the bank or wallet,
 * else the method; '' while none is chosen): how many, and how many of them are paid, expired or
 * failed now.
 */
export const dashboardMethodDays = pgTable(
  "dashboard_method_days",
  {
    day: date("day", { mode: "string" }).notNull(),
    method: text("method").notNull(),
    created: integer("created").notNull().default(0),
    paid: integer("paid").notNull().default(0),
    expired: integer("expired").notNull().default(0),
    failed: integer("failed").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.method] })],
);
