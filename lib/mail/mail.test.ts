import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyPaymentSnapshot, createOrder } from "@/lib/checkout/order-store";
import { vaOrderDraft, vaSnapshot } from "@/lib/checkout/testing";
import { outbox, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { deliverDueMessages, type OutboxDeps } from "@/lib/outbox/deliver";
import { orderMessages } from "./admin";
import { MAIL_KEYS } from "./enqueue";
import { EMAIL } from "./payload";
import { emailSender } from "./sender";
import { startTestSmtp, type TestSmtp } from "./test-smtp";
import { smtpTransport } from "./transport";

const notices = { reminderMinutes: 15, merchantEmail: "owner@toko.example" };

describe.each(testDatabaseTargets())("shopper emails on $name", (target) => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let product: { id: number; name: string; price: number };
  let now: Date;

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    const [row] = await database.db.select().from(products).where(eq(products.slug, "songket-pouch"));
    product = row!;
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(outbox);
    smtp.received.length = 0;
    smtp.refuse.code = null;
    now = new Date();
  });

  const deps = (url = smtp.url): OutboxDeps => ({
    db: database.db,
    clock: { now: () => now },
    senders: {
      [EMAIL]: emailSender({
        db: database.db,
        transport: smtpTransport(url, 2_000),
        from: '"Harsya Test Store" <no-reply@shop.example>',
        storeName: "Harsya Test Store",
        appUrl: "http://shop.example",
        authSecret: "test-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      }),
    },
  });
  const emails = (orderId?: string) =>
    database.db
      .select()
      .from(outbox)
      .where(orderId ? and(eq(outbox.kind, EMAIL), eq(outbox.subject, orderId)) : eq(outbox.kind, EMAIL));

  async function placedOrder(minutes: number, locale = "en") {
    const expiresAt = new Date(Date.now() + minutes * 60_000);
    const created = await createOrder(database.db, vaOrderDraft(product, { locale, expiresAt }));
    if (!created.ok) throw new Error("no order");
    const order = created.data.order;
    const snapshot = (status: string) => vaSnapshot(status, { sessionId: `session-${order.id}`, expiresAt });
    const apply = (status: string) =>
      applyPaymentSnapshot(database.db, order.id, snapshot(status), {
        actor: "test",
        reason: "test",
        mail: notices,
      });
    return { order, apply };
  }

  it("writes 'order placed' and a reminder once, then the receipt and the merchant's copy, withdrawing the reminder", async () => {
    const { order, apply } = await placedOrder(120);
    await Promise.all([apply("REQUIRE_PAYMENT"), apply("REQUIRE_PAYMENT"), apply("REQUIRE_PAYMENT")]);
    let rows = await emails(order.id);
    expect(rows.map((r) => r.key).sort()).toEqual([MAIL_KEYS.placed, MAIL_KEYS.reminder].sort());
    const reminder = rows.find((r) => r.key === MAIL_KEYS.reminder)!;
    expect(reminder.nextAttemptAt.getTime()).toBe(order.expiresAt.getTime() - 15 * 60_000);

    await Promise.all([apply("PAID"), apply("PAID")]);
    rows = await emails(order.id);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(Object.keys(byKey).sort()).toEqual(
      [MAIL_KEYS.placed, MAIL_KEYS.reminder, MAIL_KEYS.paid, MAIL_KEYS.merchantPaid].sort(),
    );
    expect(byKey[MAIL_KEYS.reminder]!.status).toBe("GAVE_UP");
    expect(byKey[MAIL_KEYS.merchantPaid]!.payload).toMatchObject({ to: "owner@toko.example" });
  });

  it("withdraws a reminder picked up only after the session ended, sending nothing", async () => {
    const { order, apply } = await placedOrder(45);
    await apply("REQUIRE_PAYMENT");
    now = new Date(order.expiresAt.getTime() + 60_000);
    await database.db
      .delete(outbox)
      .where(and(eq(outbox.subject, order.id), eq(outbox.key, MAIL_KEYS.placed)));
    await deliverDueMessages(deps());
    const [row] = await emails(order.id);
    expect(row).toMatchObject({ key: MAIL_KEYS.reminder, status: "GAVE_UP", attempts: 0 });
    expect(row!.lastResponse).toMatch(/already ended/);
    expect(smtp.received).toHaveLength(0);
  });

  it("shows the merchant a message that cannot leave (no SMTP, no sandbox) as not sendable, and keeps it", async () => {
    const { order, apply } = await placedOrder(15);
    await apply("REQUIRE_PAYMENT");
    const config = { mail: { smtpUrl: undefined }, harsya: { sandboxMode: false } };
    const rows = await orderMessages(database.db, order.id, config, new Date());
    expect(rows).toMatchObject([
      {
        kind: "email",
        template: "placed",
        recipient: "budi@example.com",
        state: "notSendable",
        attempts: 0,
      },
    ]);
    expect((await emails(order.id))[0]!.status).toBe("PENDING");
  });

  it("writes no reminder for a session of 30 minutes or less", async () => {
    const { order, apply } = await placedOrder(30);
    await apply("REQUIRE_PAYMENT");
    expect((await emails(order.id)).map((r) => r.key)).toEqual([MAIL_KEYS.placed]);
  });

  it("sends each message once over real SMTP when deliverers race, HTML and text, in the order's language", async () => {
    const orders = await Promise.all([placedOrder(15, "en"), placedOrder(15, "id"), placedOrder(15, "en")]);
    for (const { apply } of orders) await apply("REQUIRE_PAYMENT");
    now = new Date();
    const reports = await Promise.all([
      deliverDueMessages(deps()),
      deliverDueMessages(deps()),
      deliverDueMessages(deps()),
    ]);
    expect(reports.reduce((sum, r) => sum + r.delivered, 0)).toBe(3);
    expect(smtp.received).toHaveLength(3);
    const rows = await emails();
    expect(rows.every((r) => r.status === "DELIVERED" && r.attempts === 1)).toBe(true);
    for (const row of rows) {
      const mail = smtp.received.find((m) => m.raw.includes(`<${row.id}@harsya-checkout>`));
      expect(mail?.to).toEqual(["budi@example.com"]);
      expect(mail?.raw).toContain("multipart/alternative");
      expect(mail?.raw).toContain("text/plain");
      expect(mail?.raw).toContain("text/html");
    }
    const reference = orders[1]!.order.reference;
    const indonesian = smtp.received.find((m) => m.raw.includes(reference))!;
    expect(indonesian.raw).toContain("Nomor Virtual Account");
    expect(indonesian.raw).toContain("1234567890123456");
    expect((await deliverDueMessages(deps())).attempted).toBe(0);
  });

  it("keeps a refused or undeliverable message and retries it with backoff until the server takes it", async () => {
    const { order, apply } = await placedOrder(15);
    await apply("REQUIRE_PAYMENT");
    now = new Date();
    smtp.refuse.code = 451;
    await deliverDueMessages(deps());
    let [row] = await emails(order.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: 451 });
    expect(row!.nextAttemptAt.getTime() - now.getTime()).toBe(10_000);

    now = new Date(now.getTime() + 10_000);
    await deliverDueMessages(deps("smtp://127.0.0.1:9"));
    [row] = await emails(order.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 2, lastResponseStatus: null });
    expect(row!.lastResponse).toBeTruthy();

    smtp.refuse.code = null;
    now = new Date(now.getTime() + 60_000);
    await deliverDueMessages(deps());
    [row] = await emails(order.id);
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3 });
    expect(smtp.received).toHaveLength(1);
  });
});
