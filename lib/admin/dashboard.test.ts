import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, payments, refunds, type OrderStatus } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { shopNumbers } from "./dashboard";

const NOW = new Date("2026-11-23T10:00:00Z"); // 17:00 on 23 Nov in Jakarta
const utc = (iso: string) => new Date(`${iso}Z`);

describe.each(testDatabaseTargets())("dashboard numbers on $name", (target) => {
  let database: TestDatabase;

  async function insertOrder(values: {
    status: OrderStatus;
    channel: string | null;
    amount: number;
    createdAt: Date;
    paidAt?: Date;
    session?: boolean;
  }) {
    const { session = true, ...order } = values;
    const id = randomUUID();
    await database.db.insert(orders).values({
      id,
      reference: `HC${id.slice(0, 10).replace("-", "").toUpperCase()}`,
      checkoutKey: `key-${id}`,
      customerName: "Sari",
      email: "sari@example.com",
      phoneNumber: "81234567890",
      updatedAt: values.createdAt,
      expiresAt: new Date(values.createdAt.getTime() + 15 * 60_000),
      ...order,
    });
    if (session) {
      await database.db.insert(payments).values({
        id: `ps_${id}`,
        orderId: id,
        requestId: `req-${id}`,
        status: "REQUIRE_PAYMENT_METHOD",
        autoConfirm: true,
        channel: values.channel,
        createdAt: values.createdAt,
      });
    }
    return id;
  }

  beforeAll(async () => {
    database = await target.open();
    // Created 23:50 on 22 Nov WIB, paid at 00:00 on 23 Nov WIB: today's money, yesterday's session.
    await insertOrder({
      status: "PAID",
      channel: "BCA",
      amount: 100_000,
      createdAt: utc("2026-11-22T16:50:00"),
      paidAt: utc("2026-11-22T17:00:00"),
    });
    // Paid one millisecond before midnight WIB: yesterday.
    await insertOrder({
      status: "PAID",
      channel: "BNI",
      amount: 50_000,
      createdAt: utc("2026-11-22T16:30:00"),
      paidAt: utc("2026-11-22T16:59:59.999"),
    });
    await insertOrder({
      status: "EXPIRED",
      channel: "BCA",
      amount: 10_000,
      createdAt: utc("2026-11-23T02:00:00"),
    });
    await insertOrder({
      status: "FAILED",
      channel: "BRI",
      amount: 10_000,
      createdAt: utc("2026-11-23T03:00:00"),
    });
    // Never got a session: not part of conversion.
    await insertOrder({
      status: "PENDING_PAYMENT",
      channel: "BCA",
      amount: 10_000,
      createdAt: utc("2026-11-23T04:00:00"),
      session: false,
    });
    // A session with no bank chosen yet.
    await insertOrder({
      status: "PENDING_PAYMENT",
      channel: null,
      amount: 10_000,
      createdAt: utc("2026-11-23T05:00:00"),
    });
    // 00:00 on 17 Nov WIB: the first moment of the 7-day period (17 to 23 Nov).
    await insertOrder({
      status: "PAID",
      channel: "BCA",
      amount: 200_000,
      createdAt: utc("2026-11-16T17:00:00"),
      paidAt: utc("2026-11-16T17:00:00"),
    });
    // 23:59 on 16 Nov WIB: outside 7 days, inside 30.
    await insertOrder({
      status: "PAID",
      channel: "MANDIRI",
      amount: 300_000,
      createdAt: utc("2026-11-16T16:59:00"),
      paidAt: utc("2026-11-16T16:59:00"),
    });
  });
  afterAll(() => database?.close());

  it("today: money by payment time, conversion and outcomes by session", async () => {
    const today = await shopNumbers(database.db, "today", NOW);
    expect(today.paid).toEqual({ count: 1, amount: 100_000 });
    expect(today.daily).toEqual([{ day: utc("2026-11-22T17:00:00"), count: 1, amount: 100_000 }]);
    expect(today.sessions).toBe(3);
    expect(today.sessionsPaid).toBe(0);
    expect(today.conversion).toBe(0);
    expect([today.expired, today.failed]).toEqual([1, 1]);
    expect(today.refunds).toEqual({ count: 0, amount: 0 });
    expect(today.funnel).toEqual([
      { method: "BCA", created: 1, paid: 0, expired: 1, failed: 0 },
      { method: "BRI", created: 1, paid: 0, expired: 0, failed: 1 },
      { method: null, created: 1, paid: 0, expired: 0, failed: 0 },
    ]);
  });

  it("7 days: every day listed, the period's boundaries in WIB", async () => {
    const week = await shopNumbers(database.db, "7d", NOW);
    expect(week.paid).toEqual({ count: 3, amount: 350_000 });
    expect(week.daily.map((d) => [d.day.toISOString(), d.count, d.amount])).toEqual([
      ["2026-11-16T17:00:00.000Z", 1, 200_000],
      ["2026-11-17T17:00:00.000Z", 0, 0],
      ["2026-11-18T17:00:00.000Z", 0, 0],
      ["2026-11-19T17:00:00.000Z", 0, 0],
      ["2026-11-20T17:00:00.000Z", 0, 0],
      ["2026-11-21T17:00:00.000Z", 1, 50_000],
      ["2026-11-22T17:00:00.000Z", 1, 100_000],
    ]);
    expect(week.sessions).toBe(6);
    expect(week.conversion).toBe(0.5);
    expect(week.funnel[0]).toEqual({ method: "BCA", created: 3, paid: 2, expired: 1, failed: 0 });
  });

  it("30 days takes in the older payment; an empty period is zero, not missing", async () => {
    const month = await shopNumbers(database.db, "30d", NOW);
    expect(month.paid).toEqual({ count: 4, amount: 650_000 });
    expect(month.daily).toHaveLength(30);
    expect(month.funnel.find((row) => row.method === "MANDIRI")).toMatchObject({ created: 1, paid: 1 });

    const quiet = await shopNumbers(database.db, "today", new Date("2026-01-01T00:00:00Z"));
    expect(quiet.paid).toEqual({ count: 0, amount: 0 });
    expect(quiet.conversion).toBeNull();
    expect(quiet.funnel).toEqual([]);
    expect(quiet.daily).toEqual([{ day: utc("2025-12-31T17:00:00"), count: 0, amount: 0 }]);
  });

  it("counts refunds that succeeded in the period, by when they did", async () => {
    const orderId = await insertOrder({
      status: "PAID",
      channel: "BNI",
      amount: 80_000,
      createdAt: utc("2026-11-23T01:00:00"),
      paidAt: utc("2026-11-23T01:00:00"),
    });
    for (const [n, status, updatedAt] of [
      [1, "SUCCESS", utc("2026-11-23T02:00:00")],
      [2, "FAILED", utc("2026-11-23T02:00:00")],
      [3, "SUCCESS", utc("2026-11-20T02:00:00")],
    ] as const) {
      await database.db.insert(refunds).values({
        orderId,
        requestId: `dash-refund-${n}`,
        clientReferenceId: `DASH-R${n}`,
        submitKey: `dash-form-${n}`,
        amount: 10_000 * n,
        reason: "REQUESTED_BY_CUSTOMER",
        method: "TRANSFER_ONLY",
        status,
        requestedBy: "admin@example.com",
        updatedAt,
      });
    }
    expect((await shopNumbers(database.db, "today", NOW)).refunds).toEqual({ count: 1, amount: 10_000 });
    expect((await shopNumbers(database.db, "7d", NOW)).refunds).toEqual({ count: 2, amount: 40_000 });
  });
});
