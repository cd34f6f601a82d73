import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, payments, refunds, type OrderStatus } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { shopNumbers } from "./dashboard";
import { DASHBOARD_PERIODS } from "./period";
import { rollupAndLive } from "./rollup-testing";

/**
 * The roll-up the triggers keep (drizzle/0009_dashboard_rollup.sql) against the live queries it
 * replaced, on a varied shop: orders over 40 days around Jakarta midnights, with and without a
 * session, changed afterwards in every way the counted fields can change.
 */

const NOW = new Date("2026-11-23T10:00:00Z"); // 17:00 on 23 Nov in Jakarta
const MIDNIGHT = new Date("2026-11-22T17:00:00Z"); // 00:00 on 23 Nov in Jakarta
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const STATUSES: OrderStatus[] = ["PENDING_PAYMENT", "PAID", "EXPIRED", "FAILED", "CANCELLED"];
const CHANNELS = ["BCA", "BNI", "DANA", null, null];
const METHODS = ["VIRTUAL_ACCOUNT", "QR", "EWALLET", null];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

describe.each(testDatabaseTargets())("dashboard roll-up on $name", (target) => {
  let database: TestDatabase;
  const next = random(14);
  const ids: string[] = [];

  async function expectRollupIsLive() {
    const { db } = database;
    const { rollup, live } = await rollupAndLive(db);
    expect(rollup.funnel.length).toBeGreaterThan(0);
    expect(rollup).toEqual(live);
  }

  beforeAll(async () => {
    database = await target.open();
    const orderRows: (typeof orders.$inferInsert)[] = [];
    const paymentRows: (typeof payments.$inferInsert)[] = [];
    for (let n = 0; n < 240; n++) {
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
      // Over 40 days: half within 3 minutes of a Jakarta midnight, half at any minute of the day.
      const minutes = next(2) ? next(7) - 3 : next(24 * 60);
      const createdAt = new Date(MIDNIGHT.getTime() - next(40) * DAY + minutes * 60_000);
      const status = STATUSES[next(STATUSES.length)]!;
      ids.push(id);
      orderRows.push({
        id,
        reference: `HCR${String(n).padStart(7, "0")}`,
        checkoutKey: `rollup-${n}`,
        customerName: "Sari",
        email: "sari@example.com",
        phoneNumber: "81234567890",
        status,
        method: METHODS[next(METHODS.length)],
        channel: CHANNELS[next(CHANNELS.length)],
        amount: 10_000 + next(50) * 1_000,
        createdAt,
        updatedAt: createdAt,
        expiresAt: new Date(createdAt.getTime() + 15 * 60_000),
        paidAt: status === "PAID" ? new Date(createdAt.getTime() + next(120) * 60_000) : null,
      });
      if (next(5) > 0) {
        paymentRows.push({
          id: `ps_rollup_${n}`,
          orderId: id,
          requestId: `req-rollup-${n}`,
          status: "REQUIRE_PAYMENT",
          autoConfirm: true,
          method: METHODS[next(METHODS.length)],
          channel: CHANNELS[next(CHANNELS.length)],
        });
      }
    }
    await database.db.insert(orders).values(orderRows);
    await database.db.insert(payments).values(paymentRows);
  });
  afterAll(() => database?.close());

  it("counts the rows already there exactly as the live queries do", async () => {
    await expectRollupIsLive();
    for (const period of DASHBOARD_PERIODS) {
      const numbers = await shopNumbers(database.db, period, NOW);
      expect(numbers.daily.reduce((sum, d) => sum + d.count, 0)).toBe(numbers.paid.count);
      expect(numbers.funnel.every((row) => row.created > 0)).toBe(true);
    }
  });

  it("follows every later change: payments late and early, methods chosen, sessions, refunds", async () => {
    const { db } = database;
    // Pending orders paid now (a late callback), one of them with the gateway's earlier paid time.
    const pending = await db.select().from(orders).where(eq(orders.status, "PENDING_PAYMENT"));
    for (const [i, order] of pending.slice(0, 20).entries()) {
      await db
        .update(orders)
        .set({ status: "PAID", paidAt: i === 0 ? new Date(NOW.getTime() - 30 * HOUR) : NOW, closedAt: NOW })
        .where(and(eq(orders.id, order.id), eq(orders.status, "PENDING_PAYMENT")));
    }
    // The sweep: the rest of the old pending orders expire in one statement.
    await db
      .update(orders)
      .set({ status: "EXPIRED", closedAt: NOW })
      .where(
        and(eq(orders.status, "PENDING_PAYMENT"), lt(orders.createdAt, new Date(NOW.getTime() - 48 * HOUR))),
      );
    await expectRollupIsLive();

    // Methods learnt later, on the order and on its session; a session arriving late and one removed.
    await db
      .update(orders)
      .set({ channel: "BRI" })
      .where(inArray(orders.id, ids.slice(0, 30)));
    await db
      .update(payments)
      .set({ channel: "MANDIRI", method: "VIRTUAL_ACCOUNT" })
      .where(inArray(payments.orderId, ids.slice(20, 60)));
    await db
      .update(payments)
      .set({ status: "PAID" })
      .where(inArray(payments.orderId, ids.slice(60, 80)));
    const sessionless = await db
      .select({ id: orders.id })
      .from(orders)
      .leftJoin(payments, eq(payments.orderId, orders.id))
      .where(sql`${payments.id} is null`);
    for (const { id } of sessionless.slice(0, 10)) {
      await db.insert(payments).values({
        id: `ps_late_${id}`,
        orderId: id,
        requestId: `late-${id}`,
        status: "PAID",
        autoConfirm: false,
        method: "QR",
      });
    }
    await db.delete(payments).where(inArray(payments.orderId, ids.slice(100, 105)));
    // Amounts and creation times corrected, an order deleted with its session and refunds.
    await db
      .update(orders)
      .set({ amount: 99_000 })
      .where(inArray(orders.id, ids.slice(105, 125)));
    await db
      .update(orders)
      .set({ createdAt: NOW })
      .where(inArray(orders.id, ids.slice(125, 130)));
    await expectRollupIsLive();

    const paid = await db.select().from(orders).where(eq(orders.status, "PAID")).limit(12);
    for (const [i, order] of paid.entries()) {
      await db.insert(refunds).values({
        orderId: order.id,
        requestId: `rollup-refund-${i}`,
        clientReferenceId: `ROLLUP-R${i}`,
        submitKey: `rollup-form-${i}`,
        amount: 1_000 * (i + 1),
        reason: "REQUESTED_BY_CUSTOMER",
        method: "TRANSFER_ONLY",
        status: i % 3 === 0 ? "SUCCESS" : "PENDING",
        requestedBy: "admin@example.com",
        updatedAt: new Date(NOW.getTime() - i * 5 * HOUR),
      });
    }
    // Pending refunds succeed now; one that succeeded is touched again (its day moves to today).
    await db.update(refunds).set({ status: "SUCCESS", updatedAt: NOW }).where(eq(refunds.status, "PENDING"));
    await db.update(refunds).set({ updatedAt: NOW }).where(eq(refunds.requestId, "rollup-refund-3"));
    await db
      .update(refunds)
      .set({ status: "FAILED", updatedAt: NOW })
      .where(eq(refunds.requestId, "rollup-refund-6"));
    await db.delete(orders).where(inArray(orders.id, [paid[1]!.id, ...ids.slice(130, 140)]));
    await expectRollupIsLive();
    expect((await shopNumbers(db, "today", NOW)).refunds.count).toBeGreaterThan(0);
  });

  it("backfills a shop that had orders before the roll-up as the live queries count it", async () => {
    const { db } = database;
    const migration = readFileSync(join(process.cwd(), "drizzle/0009_dashboard_rollup.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill")).split("--> statement-breakpoint");
    expect(backfill).toHaveLength(2);
    await db.execute(sql`delete from dashboard_method_days`);
    await db.execute(sql`delete from dashboard_days`);
    for (const statement of backfill) await db.execute(sql.raw(statement));
    await expectRollupIsLive();
  });
});
