import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { insertOutboxMessage } from "@/lib/outbox/repository";
import { listWebhookDeliveries, runWebhookAction } from "./admin";
import { MERCHANT_WEBHOOK } from "./events";

describe("webhook deliveries for the admin", () => {
  let database: TestDatabase;
  const clock = { now: () => new Date() };

  beforeAll(async () => {
    database = await openTestPglite();
  });
  afterAll(() => database?.close());

  it("gives up on a pending delivery, resends it, and refuses what does not apply", async () => {
    const now = new Date();
    await insertOutboxMessage(database.db, {
      kind: MERCHANT_WEBHOOK,
      subject: "o1",
      event: "order.paid",
      payload: {},
      now,
    });
    await insertOutboxMessage(database.db, {
      kind: "email",
      subject: "o1",
      event: "order.paid",
      payload: {},
      now,
    });
    const [delivery, ...others] = await listWebhookDeliveries(database.db);
    expect(others).toHaveLength(0);
    const id = delivery!.message.id;
    const deps = { db: database.db, clock };

    expect(await runWebhookAction(deps, id, "resend")).toMatchObject({
      ok: false,
      error: { code: "delivery_pending" },
    });
    expect(await runWebhookAction(deps, id, "give-up")).toEqual({
      ok: true,
      data: { id, status: "GAVE_UP" },
    });
    expect(await runWebhookAction(deps, id, "give-up")).toMatchObject({
      ok: false,
      error: { code: "delivery_not_pending" },
    });
    expect(await runWebhookAction(deps, id, "resend")).toEqual({ ok: true, data: { id, status: "PENDING" } });
    expect(await runWebhookAction(deps, "msg_nope", "resend")).toMatchObject({
      ok: false,
      error: { code: "delivery_not_found" },
    });
  });
});
