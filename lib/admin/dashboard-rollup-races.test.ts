import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { orders, payments } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { rollupAndLive } from "./rollup-testing";

/**
 * Two transactions changing one order's counted fields at once: the order's status in one, its
 * session's bank in the other. Only PostgreSQL runs transactions side by side (PGlite has one
 * connection), so this needs TEST_DATABASE_URL.
 */

const postgres = testDatabaseTargets().find((target) => target.name === "postgres");
const NOW = new Date("2026-11-23T10:00:00Z");

/** Resolves once some transaction of this database waits for a lock (or after about 2 s). */
async function someoneWaits(db: Db) {
  for (let i = 0; i < 100; i++) {
    const result = (await db.execute(sql`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`)) as unknown as {
      rows: { n: number }[];
    };
    if ((result.rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!postgres)("dashboard roll-up races on postgres", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await postgres!.open();
  });
  afterAll(() => database?.close());

  async function pendingOrderWithSession(n: number) {
    const id = `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
    await database.db.insert(orders).values({
      id,
      reference: `HCRACE${n}`,
      checkoutKey: `race-${n}`,
      customerName: "Sari",
      email: "sari@example.com",
      phoneNumber: "81234567890",
      amount: 50_000,
      createdAt: NOW,
      expiresAt: new Date(NOW.getTime() + 15 * 60_000),
    });
    await database.db.insert(payments).values({
      id: `ps_race_${n}`,
      orderId: id,
      requestId: `race-${n}`,
      status: "REQUIRE_PAYMENT",
      autoConfirm: true,
      method: "VIRTUAL_ACCOUNT",
    });
    return id;
  }

  it.each([
    ["the order's payment first", true],
    ["the session's bank first", false],
  ])("counts both changes in turn: %s", async (_, orderFirst) => {
    const { db } = database;
    const id = await pendingOrderWithSession(orderFirst ? 1 : 2);
    const pay = (tx: Db) => tx.update(orders).set({ status: "PAID", paidAt: NOW }).where(eq(orders.id, id));
    const chooseBank = (tx: Db) =>
      tx.update(payments).set({ channel: "BSI" }).where(eq(payments.orderId, id));
    let second: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await (orderFirst ? pay(tx) : chooseBank(tx));
      second = db.transaction(async (other) => {
        await (orderFirst ? chooseBank(other) : pay(other));
      });
      await someoneWaits(db);
    });
    await second;
    const { rollup, live } = await rollupAndLive(db);
    expect(rollup).toEqual(live);
    expect(live.funnel).toContainEqual(
      expect.objectContaining({ method: "BSI", created: orderFirst ? 1 : 2, paid: orderFirst ? 1 : 2 }),
    );
  });
});
