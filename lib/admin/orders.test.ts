import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOrdersForUser } from "@/lib/account/orders";
import { createUser } from "@/lib/auth/users";
import { listProducts } from "@/lib/catalog/repository";
import { orderEvents, orderItems, orders, payments, webhookEvents, type OrderStatus } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { getAdminOrder, listAdminOrders, listRejectedCallbacks, paidToday } from "./orders";

const NOW = new Date("2026-11-23T10:00:00Z"); // 17:00 in Jakarta

describe.each(testDatabaseTargets())("dashboard queries on $name", (target) => {
  let database: TestDatabase;
  let userId: string;
  let productId: number;

  async function insertOrder(values: {
    reference: string;
    status?: OrderStatus;
    email?: string;
    amount?: number;
    createdAt: Date;
    paidAt?: Date;
    userId?: string;
    method?: string;
    channel?: string;
  }) {
    const id = randomUUID();
    await database.db.insert(orders).values({
      id,
      checkoutKey: `key-${id}`,
      customerName: "Sari Wulandari",
      email: "sari@example.com",
      phoneNumber: "81234567890",
      amount: 100_000,
      updatedAt: values.createdAt,
      expiresAt: new Date(values.createdAt.getTime() + 15 * 60_000),
      ...values,
    });
    return id;
  }

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    productId = (await listProducts(database.db))[0]!.id;
    const user = await createUser(database.db, {
      email: "sari@example.com",
      name: "Sari",
      passwordHash: null,
    });
    if (!user.ok) throw new Error("user");
    userId = user.data.id;

    // Paid today (Jakarta), paid yesterday, one pending, and 22 old expired guest orders for paging.
    await insertOrder({
      reference: "HCPAIDTODAY1",
      status: "PAID",
      amount: 150_000,
      method: "VIRTUAL_ACCOUNT",
      channel: "BCA",
      createdAt: new Date("2026-11-23T01:00:00Z"),
      paidAt: new Date("2026-11-22T17:30:00Z"), // 00:30 in Jakarta: today
      userId,
    });
    await insertOrder({
      reference: "HCPAIDYDAY01",
      status: "PAID",
      amount: 70_000,
      method: "QR",
      createdAt: new Date("2026-11-22T09:00:00Z"),
      paidAt: new Date("2026-11-22T16:59:00Z"), // 23:59 in Jakarta: yesterday
      userId,
    });
    await insertOrder({
      reference: "HCPENDING001",
      email: "budi_%@example.com",
      createdAt: new Date("2026-11-23T09:00:00Z"),
    });
    for (let i = 0; i < 22; i += 1) {
      await insertOrder({
        reference: `HCOLD${String(i).padStart(7, "0")}`,
        status: "EXPIRED",
        email: `guest${i}@example.com`,
        createdAt: new Date(Date.UTC(2026, 9, 1, 0, i)),
      });
    }
  });
  afterAll(() => database?.close());

  it("lists newest first, 20 to a page, with the total", async () => {
    const first = await listAdminOrders(database.db, { page: 1 });
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.orders).toHaveLength(20);
    expect(first.orders.slice(0, 3).map((o) => o.reference)).toEqual([
      "HCPENDING001",
      "HCPAIDTODAY1",
      "HCPAIDYDAY01",
    ]);
    const second = await listAdminOrders(database.db, { page: 2 });
    expect(second.orders.map((o) => o.reference)).toEqual([
      "HCOLD0000004",
      "HCOLD0000003",
      "HCOLD0000002",
      "HCOLD0000001",
      "HCOLD0000000",
    ]);
  });

  it("pages by keyset both ways, the same rows as by offset", async () => {
    const first = await listAdminOrders(database.db, { page: 1 });
    expect(first.previousBefore).toBeNull();
    const second = await listAdminOrders(database.db, { page: 2, after: first.nextAfter! });
    expect(second.orders.map((o) => o.reference)).toEqual(
      (await listAdminOrders(database.db, { page: 2 })).orders.map((o) => o.reference),
    );
    expect(second.nextAfter).toBeNull();
    const back = await listAdminOrders(database.db, { page: 1, before: second.previousBefore! });
    expect(back.orders.map((o) => o.id)).toEqual(first.orders.map((o) => o.id));
  });

  it("looks a whole reference or email up directly", async () => {
    const byReference = await listAdminOrders(database.db, { q: "hcpaidtoday1", page: 1 });
    expect(byReference.orders.map((o) => o.reference)).toEqual(["HCPAIDTODAY1"]);
    const byEmail = await listAdminOrders(database.db, { q: "Guest2@Example.com", page: 1 });
    expect(byEmail.orders.map((o) => o.email)).toEqual(["guest2@example.com"]);
  });

  it("filters by status and searches reference or email, case-insensitively", async () => {
    const paid = await listAdminOrders(database.db, { status: "PAID", page: 1 });
    expect(paid.orders.map((o) => o.reference)).toEqual(["HCPAIDTODAY1", "HCPAIDYDAY01"]);

    const byReference = await listAdminOrders(database.db, { q: "hcpaidt", page: 1 });
    expect(byReference.orders.map((o) => o.reference)).toEqual(["HCPAIDTODAY1"]);

    const byEmail = await listAdminOrders(database.db, { q: "GUEST2", page: 1 });
    expect(byEmail.orders.map((o) => o.email)).toEqual([
      "guest21@example.com",
      "guest20@example.com",
      "guest2@example.com",
    ]);

    // "_" and "%" are ordinary characters in a search, not wildcards.
    const literal = await listAdminOrders(database.db, { q: "budi_%", page: 1 });
    expect(literal.orders.map((o) => o.reference)).toEqual(["HCPENDING001"]);
    expect((await listAdminOrders(database.db, { q: "b_di", page: 1 })).total).toBe(0);

    const byMethod = await listAdminOrders(database.db, { method: "QR", page: 1 });
    expect(byMethod.orders.map((o) => [o.reference, o.method, o.channel])).toEqual([
      ["HCPAIDYDAY01", "QR", null],
    ]);
    const bank = await listAdminOrders(database.db, { method: "VIRTUAL_ACCOUNT", status: "PAID", page: 1 });
    expect(bank.orders.map((o) => o.channel)).toEqual(["BCA"]);

    const combined = await listAdminOrders(database.db, { status: "EXPIRED", q: "sari", page: 1 });
    expect(combined.total).toBe(0);
    expect(combined.pageCount).toBe(1);
  });

  it("counts what was paid during today's Jakarta day", async () => {
    expect(await paidToday(database.db, NOW)).toEqual({
      count: 1,
      amount: 150_000,
      byMethod: [{ method: "VIRTUAL_ACCOUNT", count: 1, amount: 150_000 }],
    });
    expect(await paidToday(database.db, new Date("2026-11-22T12:00:00Z"))).toEqual({
      count: 1,
      amount: 70_000,
      byMethod: [{ method: "QR", count: 1, amount: 70_000 }],
    });
    expect(await paidToday(database.db, new Date("2026-01-01T00:00:00Z"))).toEqual({
      count: 0,
      amount: 0,
      byMethod: [],
    });
  });

  it("lists a shopper's own orders, newest first", async () => {
    const mine = await listOrdersForUser(database.db, userId);
    expect(mine.map((o) => [o.reference, o.status, o.amount])).toEqual([
      ["HCPAIDTODAY1", "PAID", 150_000],
      ["HCPAIDYDAY01", "PAID", 70_000],
    ]);
    expect(await listOrdersForUser(database.db, "someone-else")).toEqual([]);
  });

  it("assembles an order's detail with its session and a merged timeline", async () => {
    const id = await insertOrder({ reference: "HCDETAIL0001", createdAt: new Date("2026-11-23T09:30:00Z") });
    await database.db.insert(orderItems).values({
      orderId: id,
      productId,
      name: "Kopi",
      unitPrice: 50_000,
      quantity: 2,
      lineTotal: 100_000,
    });
    await database.db.insert(payments).values({
      id: "ps_detail",
      orderId: id,
      requestId: "req-1",
      status: "REQUIRE_PAYMENT_METHOD",
      autoConfirm: true,
      vaNumber: "8808123",
      channel: "BCA",
    });
    const t = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, 30 + minute));
    await database.db.insert(orderEvents).values([
      { orderId: id, type: "order_created", message: "Order placed", actor: "shopper", createdAt: t(0) },
      {
        orderId: id,
        type: "session_created",
        message: "Session created",
        createdAt: t(0),
        data: { id: "ps_detail" },
      },
      { orderId: id, type: "synced", message: "Synced", actor: "gateway", createdAt: t(3) },
    ]);
    await database.db.insert(webhookEvents).values([
      {
        event: "PAYMENT.PAID",
        orderId: id,
        verified: true,
        outcome: "processed",
        httpStatus: 200,
        receivedAt: t(2),
      },
      // Unmatched to an order, but for this session.
      {
        event: "PAYMENT.PAID",
        sessionId: "ps_detail",
        verified: true,
        outcome: "applied",
        httpStatus: 200,
        receivedAt: t(1),
      },
      // A wrong key names nothing the timeline could trust (older rows did): left out.
      {
        event: "PAYMENT.PAID",
        sessionId: "ps_detail",
        orderId: id,
        verified: false,
        outcome: "bad_key",
        httpStatus: 401,
        receivedAt: t(1),
      },
      {
        event: "PAYMENT.PAID",
        sessionId: "ps_other",
        verified: true,
        outcome: "processed",
        httpStatus: 200,
        receivedAt: t(1),
      },
    ]);

    const detail = await getAdminOrder(database.db, id);
    expect(detail?.order.reference).toBe("HCDETAIL0001");
    expect(detail?.items.map((i) => [i.name, i.quantity, i.lineTotal])).toEqual([["Kopi", 2, 100_000]]);
    expect(detail?.payment).toMatchObject({
      id: "ps_detail",
      status: "REQUIRE_PAYMENT_METHOD",
      vaNumber: "8808123",
    });
    expect(
      detail?.timeline.map((entry) =>
        entry.kind === "event" ? entry.type : `${entry.event}:${entry.outcome}`,
      ),
    ).toEqual([
      "order_created",
      "session_created",
      "PAYMENT.PAID:applied",
      "PAYMENT.PAID:processed",
      "synced",
    ]);

    expect(await getAdminOrder(database.db, "no-such-order")).toBeNull();
  });

  it("counts rejected callbacks since a time and shows the latest as summaries", async () => {
    const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 1, minute));
    await database.db.insert(webhookEvents).values([
      { verified: false, outcome: "rejected: wrong X-API-Key", httpStatus: 401, receivedAt: t(0) },
      {
        verified: false,
        outcome: "rejected: no X-API-Key",
        httpStatus: 401,
        clientAddress: "203.0.113.9",
        bodyBytes: 10_485_760,
        receivedAt: t(2),
      },
      { verified: true, outcome: "rejected: body over 262144 bytes", httpStatus: 413, receivedAt: t(3) },
      { verified: true, orderId: "x", outcome: "applied", httpStatus: 200, receivedAt: t(4) },
      { verified: true, orderId: "x", outcome: "retry", httpStatus: 503, receivedAt: t(5) },
    ]);
    const day = 24 * 60 * 60 * 1000;
    const rejected = await listRejectedCallbacks(database.db, new Date(t(1).getTime() + day), 1);
    expect(rejected.total).toBe(2);
    expect(rejected.recent).toEqual([
      expect.objectContaining({ httpStatus: 413, outcome: "rejected: body over 262144 bytes" }),
    ]);
    expect((await listRejectedCallbacks(database.db, t(10))).recent[1]).toMatchObject({
      clientAddress: "203.0.113.9",
      bodyBytes: 10_485_760,
      verified: false,
    });
  });
});
