import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, outboxAttempts } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { MERCHANT_WEBHOOK } from "@/lib/merchant-webhooks/events";
import { merchantWebhookSender } from "@/lib/merchant-webhooks/sender";
import { startTestReceiver, type TestReceiver } from "@/lib/merchant-webhooks/test-receiver";
import { deliverDueMessages, type OutboxDeps } from "./deliver";
import { claimDueMessages, giveUpMessage, insertOutboxMessage, requeueMessage } from "./repository";

const secret = `whsec_${randomBytes(32).toString("base64")}`;

describe.each(testDatabaseTargets())("outbox delivery on $name", (target) => {
  let database: TestDatabase;
  let receiver: TestReceiver;
  let now: Date;

  beforeAll(async () => {
    database = await target.open();
    receiver = await startTestReceiver(secret);
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(outbox);
    receiver.received.length = 0;
    receiver.answer.status = 200;
    receiver.answer.delayMs = 0;
    now = new Date();
  });

  const deps = (url = receiver.url): OutboxDeps => ({
    db: database.db,
    clock: { now: () => now },
    senders: { [MERCHANT_WEBHOOK]: merchantWebhookSender({ url, secret }, 2_000) },
  });
  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  const enqueue = (event = "order.paid", subject = randomUUID()) =>
    insertOutboxMessage(database.db, {
      kind: MERCHANT_WEBHOOK,
      subject,
      event,
      payload: { orderId: subject, status: "PAID", amount: 150_000, currency: "IDR" },
      now,
    });
  const rows = () => database.db.select().from(outbox);

  it("sends a signed message the reference library verifies, and marks it delivered", async () => {
    const subject = randomUUID();
    await enqueue("order.paid", subject);
    expect(await deliverDueMessages(deps())).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got!.verified).toBe(true);
    expect(got!.headers["content-type"]).toBe("application/json");
    expect(got!.json).toMatchObject({ type: "order.paid", data: { orderId: subject, currency: "IDR" } });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastResponseStatus: 200, id: got!.id });
    expect(await deliverDueMessages(deps())).toEqual({ attempted: 0, delivered: 0 });
  });

  it("writes one message per (kind, subject, key)", async () => {
    const subject = randomUUID();
    expect(await enqueue("order.paid", subject)).toBe(true);
    expect(await enqueue("order.paid", subject)).toBe(false);
    expect(await rows()).toHaveLength(1);
  });

  it("sends once when two deliverers run at the same time", async () => {
    receiver.answer.delayMs = 150;
    await Promise.all([enqueue(), enqueue(), enqueue()]);
    const [a, b] = await Promise.all([deliverDueMessages(deps()), deliverDueMessages(deps())]);
    expect(a.delivered + b.delivered).toBe(3);
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(3);
  });

  it("retries a refused delivery on the schedule, with the same id and body", async () => {
    receiver.answer.status = 503;
    await enqueue();
    await deliverDueMessages(deps());
    let [row] = await rows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: 503 });
    expect(row!.nextAttemptAt.getTime() - now.getTime()).toBe(10_000);

    later(9_000);
    expect((await deliverDueMessages(deps())).attempted).toBe(0);
    later(1_000);
    await deliverDueMessages(deps());
    [row] = await rows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row!.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);

    receiver.answer.status = 204;
    later(60_000);
    await deliverDueMessages(deps());
    [row] = await rows();
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3, lastResponseStatus: 204 });
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const attempts = await database.db
      .select()
      .from(outboxAttempts)
      .where(eq(outboxAttempts.messageId, row!.id));
    expect(attempts.map((a) => a.outcome).sort()).toEqual(["DELIVERED", "RETRY", "RETRY"]);
  });

  it("is FAILED when the schedule runs out, and resent on request", async () => {
    receiver.answer.status = 500;
    await enqueue();
    const quick = { delaysMs: [1_000] };
    await deliverDueMessages(deps(), quick);
    later(1_000);
    await deliverDueMessages(deps(), quick);
    let [row] = await rows();
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
    later(3_600_000);
    expect((await deliverDueMessages(deps(), quick)).attempted).toBe(0);

    receiver.answer.status = 200;
    expect(await requeueMessage(database.db, row!.id, now)).toBe(true);
    await deliverDueMessages(deps(), quick);
    [row] = await rows();
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1 });
    expect(receiver.received).toHaveLength(3);
  });

  it("keeps retrying an unreachable URL until the merchant gives up", async () => {
    await enqueue();
    await deliverDueMessages(deps("http://127.0.0.1:9/unreachable"));
    let [row] = await rows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: null });
    expect(row!.lastResponse).toBeTruthy();
    expect(await giveUpMessage(database.db, row!.id, now)).toBe(true);
    later(3_600_000);
    expect((await deliverDueMessages(deps())).attempted).toBe(0);
    [row] = await rows();
    expect(row!.status).toBe("GAVE_UP");
  });

  it("delivers, after a restart, what a crashed deliverer had claimed", async () => {
    await enqueue();
    // A process claims the row and dies before sending.
    const claimed = await claimDueMessages(database.db, {
      kinds: [MERCHANT_WEBHOOK],
      worker: "crashed",
      now,
      until: new Date(now.getTime() + 60_000),
      limit: 10,
    });
    expect(claimed).toHaveLength(1);
    // A fresh process leaves it while the claim holds, then delivers it once it has run out.
    expect((await deliverDueMessages(deps())).attempted).toBe(0);
    later(61_000);
    expect(await deliverDueMessages(deps())).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.verified).toBe(true);
  });

  it("leaves rows of kinds it has no sender for", async () => {
    await insertOutboxMessage(database.db, {
      kind: "email",
      subject: "x",
      event: "order.paid",
      payload: {},
      now,
    });
    expect((await deliverDueMessages(deps())).attempted).toBe(0);
    expect((await rows())[0]!.status).toBe("PENDING");
  });
});
