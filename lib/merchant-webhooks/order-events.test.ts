import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPaymentSnapshot, closeOrder, createOrder } from "@/lib/checkout/order-store";
import { vaOrderDraft, vaSnapshot } from "@/lib/checkout/testing";
import { outbox, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { findOrder } from "@/lib/orders/repository";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import type { PaymentSnapshot } from "@/lib/payments/repository";
import { enqueueOrderEvent, MERCHANT_WEBHOOK } from "./events";
import { merchantWebhookSender } from "./sender";
import { startTestReceiver, type TestReceiver } from "./test-receiver";

const secret = `whsec_${randomBytes(32).toString("base64")}`;

describe.each(testDatabaseTargets())("order events on $name", (target) => {
  let database: TestDatabase;
  let receiver: TestReceiver;
  let product: { id: number; name: string; price: number };
  const webhook = () => ({ url: receiver.url, secret });

  beforeAll(async () => {
    database = await target.open();
    receiver = await startTestReceiver(secret);
    await seedCatalog(database.db);
    const [row] = await database.db.select().from(products).where(eq(products.slug, "songket-pouch"));
    product = row!;
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  async function newOrder(): Promise<string> {
    const created = await createOrder(database.db, vaOrderDraft(product));
    if (!created.ok) throw new Error("create failed");
    return created.data.order.id;
  }

  const paid = (): PaymentSnapshot => vaSnapshot("PAID", { chargeStatuses: ["PAID"] });

  const messagesOf = (orderId: string) =>
    database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, MERCHANT_WEBHOOK), eq(outbox.subject, orderId)));

  it("writes exactly one order.paid for concurrent duplicate callbacks, and it arrives signed", async () => {
    const orderId = await newOrder();
    const snapshot = paid();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        applyPaymentSnapshot(database.db, orderId, snapshot, {
          actor: "gateway",
          reason: "callback",
          webhook: webhook(),
        }),
      ),
    );
    expect(results.filter((result) => result?.changed)).toHaveLength(1);
    const messages = await messagesOf(orderId);
    expect(messages.map((m) => m.event)).toEqual(["order.paid"]);

    await deliverDueMessages({
      db: database.db,
      clock: { now: () => new Date() },
      senders: { [MERCHANT_WEBHOOK]: merchantWebhookSender(webhook()) },
    });
    const got = receiver.received.find((r) => r.json.data.orderId === orderId);
    expect(got?.verified).toBe(true);
    const order = await findOrder(database.db, orderId);
    expect(got?.json).toEqual({
      type: "order.paid",
      timestamp: messages[0]!.createdAt.toISOString(),
      data: expect.objectContaining({
        orderId,
        reference: order!.reference,
        status: "PAID",
        amount: product.price,
        currency: "IDR",
        channel: "BCA",
        paidAt: order!.paidAt!.toISOString(),
      }),
    });
  });

  it("writes order.expired, order.failed and order.cancelled when orders end so", async () => {
    for (const [to, event] of [
      ["EXPIRED", "order.expired"],
      ["FAILED", "order.failed"],
      ["CANCELLED", "order.cancelled"],
    ] as const) {
      const orderId = await newOrder();
      await closeOrder(database.db, orderId, to, { actor: "test", reason: "test", webhook: webhook() });
      await closeOrder(database.db, orderId, to, { actor: "test", reason: "again", webhook: webhook() });
      expect((await messagesOf(orderId)).map((m) => m.event)).toEqual([event]);
    }
  });

  it("writes nothing without MERCHANT_WEBHOOK_URL", async () => {
    const orderId = await newOrder();
    await applyPaymentSnapshot(database.db, orderId, paid(), { actor: "gateway", reason: "callback" });
    expect((await findOrder(database.db, orderId))?.status).toBe("PAID");
    expect(await messagesOf(orderId)).toHaveLength(0);
  });

  it("writes in the caller's transaction: a rolled-back change leaves no message", async () => {
    const orderId = await newOrder();
    const order = (await findOrder(database.db, orderId))!;
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueOrderEvent(tx, webhook(), { type: "order.refunded", order });
        throw new Error("refund failed");
      }),
    ).rejects.toThrow("refund failed");
    expect(await messagesOf(orderId)).toHaveLength(0);
  });

  it("keys repeatable events by the caller's key (e.g. one order.refunded per refund)", async () => {
    const orderId = await newOrder();
    const order = (await findOrder(database.db, orderId))!;
    const refund = (id: string) =>
      enqueueOrderEvent(database.db, webhook(), {
        type: "order.refunded",
        order,
        key: `order.refunded:${id}`,
        data: { refundId: id, refundedAmount: 1000 },
      });
    expect(await refund("r1")).toBe(true);
    expect(await refund("r1")).toBe(false);
    expect(await refund("r2")).toBe(true);
    const messages = await messagesOf(orderId);
    expect(messages.map((m) => m.event)).toEqual(["order.refunded", "order.refunded"]);
    expect(messages.map((m) => m.payload)).toContainEqual(expect.objectContaining({ refundId: "r2" }));
  });
});
