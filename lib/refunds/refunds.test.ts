import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/repository";
import { startCheckout } from "@/lib/checkout/start";
import { syncOrder } from "@/lib/checkout/sync";
import type { CheckoutDeps } from "@/lib/checkout/deps";
import { CheckoutInput } from "@/lib/checkout/input";
import { orderEvents, orders, outbox, products } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { HarsyaClient, HarsyaError, type PaymentGateway } from "@/lib/harsya";
import { findPaymentOfOrder } from "@/lib/payments/repository";
import { addOrderEvent } from "@/lib/orders/repository";
import { handlePaymentCallback } from "@/lib/checkout/webhook";
import { REFUND_STEP_MS } from "@/lib/sandbox/refund-outcomes";
import { startSandboxServer, TEST_CREDENTIALS, type SandboxServer } from "@/lib/sandbox/testing";
import { RefundInput } from "./input";
import { listRefundsOfOrder } from "./repository";
import { fulfilLatePayment, requestRefund } from "./request";
import { handleRefundCallback, reconcileOpenRefunds } from "./sync";
import { getOrderRefunds } from "./view";

const admin = { email: "admin@example.com" };
let key = 0;
const form = (amount: number, accountNumber = "999966660001") =>
  RefundInput.parse({
    amount,
    reason: "REQUESTED_BY_CUSTOMER",
    description: "Customer changed their mind",
    bankCode: "BCA",
    accountNumber,
    accountName: "Budi Santoso",
    submitKey: `form-${Date.now()}-${(key += 1)}`,
  });

describe.each(testDatabaseTargets())("refunds against the sandbox on $name", (target) => {
  let database: TestDatabase;
  let sandbox: SandboxServer;
  let deps: CheckoutDeps;
  let gateway: HarsyaClient;

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    sandbox = await startSandboxServer({ db: database.db });
    gateway = new HarsyaClient({
      baseUrl: sandbox.baseUrl,
      clientId: TEST_CREDENTIALS.clientId,
      clientSecret: TEST_CREDENTIALS.clientSecret,
      timeoutMs: 2_000,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      now: () => sandbox.clock.now().getTime(),
    });
    deps = {
      db: database.db,
      gateway,
      clock: { now: () => new Date() },
      config: {
        appUrl: "https://shop.example",
        storeName: "Test Store",
        paymentSessionMinutes: 15,
        harsya: { callbackApiKey: TEST_CREDENTIALS.callbackApiKey },
        checkoutLimits: {
          perCart: { name: "test-cart", limit: 1_000, windowSeconds: 600 },
          perAddress: { name: "test-address", limit: 10_000, windowSeconds: 60 },
        },
      },
    };
  });
  afterAll(async () => {
    await sandbox?.settle();
    await sandbox?.close();
    await database?.close();
  });

  /** A VA order, paid in the sandbox and synced to PAID. */
  async function paidOrder() {
    const [coffee] = await database.db.select().from(products).where(eq(products.slug, "kopi-gayo-arabica"));
    const added = await addToCart(database.db, undefined, { productId: coffee!.id, quantity: 2 });
    if (!added.ok) throw new Error(added.error.code);
    const input = CheckoutInput.parse({
      fullName: "Budi Santoso",
      email: "budi@example.com",
      phone: "0812-3456-7890",
      paymentMethod: "BCA",
    });
    const started = await startCheckout(deps, {
      cartId: added.data.cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input,
    });
    if (!started.ok) throw new Error(started.error.code);
    const payment = await findPaymentOfOrder(database.db, started.data.orderId);
    await gateway.simulatePayment({ paymentSessionId: payment!.id, chargeStatus: "SUCCESS" });
    const synced = await syncOrder(deps, started.data.orderId, { actor: "test", reason: "test" });
    if (!synced.ok || synced.data.status !== "PAID") throw new Error("not paid");
    return { order: synced.data, sessionId: payment!.id };
  }

  const gatewayRefunds = async (sessionId: string) =>
    (await gateway.listRefunds({ paymentSessionId: sessionId })).items;

  it("makes one refund from a double submit of one form, sent concurrently", async () => {
    const { order, sessionId } = await paidOrder();
    const submitted = form(10_000);
    const [first, second] = await Promise.all([
      requestRefund(deps, order.id, submitted, admin),
      requestRefund(deps, order.id, submitted, admin),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect((await listRefundsOfOrder(database.db, order.id)).length).toBe(1);
    expect((await gatewayRefunds(sessionId)).length).toBe(1);
  });

  it("refuses an amount above what is left, and sends nothing", async () => {
    const { order, sessionId } = await paidOrder();
    const tooMuch = await requestRefund(deps, order.id, form(order.amount + 1), admin);
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) {
      expect(tooMuch.error.code).toBe("refund_amount_invalid");
      expect(tooMuch.error.fields?.amount).toMatchObject({ problem: "overRefundable" });
    }
    expect(RefundInput.safeParse({ ...form(1), amount: 0 }).success).toBe(false);
    expect(RefundInput.safeParse({ ...form(1), accountNumber: "12ab" }).success).toBe(false);
    expect(await gatewayRefunds(sessionId)).toEqual([]);
  });

  it("moves a refund once per state however often its callback comes, then reads the order as refunded", async () => {
    const { order } = await paidOrder();
    const part = await requestRefund(deps, order.id, form(order.amount - 5_000), admin);
    if (!part.ok) throw new Error(part.error.code);
    expect(part.data.status).toBe("PENDING");
    sandbox.clock.advance(REFUND_STEP_MS);
    const hint = { gatewayRefundId: part.data.gatewayRefundId!, event: "REFUND.SUCCESS" };
    await handleRefundCallback(deps, hint);
    await handleRefundCallback(deps, hint);
    const successes = (
      await database.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id))
    ).filter((event) => event.type === "REFUND_SUCCESS");
    expect(successes.length).toBe(1);
    let view = await getOrderRefunds(database.db, order);
    expect(view.state).toBe("PARTIALLY_REFUNDED");
    expect(view.refundable).toBe(5_000);

    const rest = await requestRefund(deps, order.id, form(5_000), admin);
    if (!rest.ok) throw new Error(rest.error.code);
    sandbox.clock.advance(REFUND_STEP_MS);
    await reconcileOpenRefunds(deps, { idleMs: 0 });
    view = await getOrderRefunds(database.db, order);
    expect(view.state).toBe("REFUNDED");
    expect(view.refunded).toBe(order.amount);
    const [row] = await database.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe("PAID");
  });

  it("tells the merchant's systems of each successful refund once (order.refunded in the outbox)", async () => {
    const withWebhook = {
      ...deps,
      config: {
        ...deps.config,
        merchantWebhook: {
          url: "http://127.0.0.1:9/hooks",
          secret: "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==",
        },
      },
    };
    const { order } = await paidOrder();
    const refund = await requestRefund(withWebhook, order.id, form(order.amount), admin);
    if (!refund.ok) throw new Error(refund.error.code);
    sandbox.clock.advance(REFUND_STEP_MS);
    const hint = { gatewayRefundId: refund.data.gatewayRefundId!, event: "REFUND.SUCCESS" };
    await Promise.all([handleRefundCallback(withWebhook, hint), handleRefundCallback(withWebhook, hint)]);
    const messages = (await database.db.select().from(outbox).where(eq(outbox.subject, order.id))).filter(
      (message) => message.event === "order.refunded",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]!.key).toBe(`order.refunded:${refund.data.id}`);
    expect(messages[0]!.payload).toMatchObject({ reference: order.reference, refundAmount: order.amount });
  });

  it("ends a refund to the failing test account FAILED with the gateway's reason, giving nothing back", async () => {
    const { order } = await paidOrder();
    const asked = await requestRefund(deps, order.id, form(10_000, "999966660008"), admin);
    if (!asked.ok) throw new Error(asked.error.code);
    sandbox.clock.advance(REFUND_STEP_MS);
    await handleRefundCallback(deps, {
      gatewayRefundId: asked.data.gatewayRefundId!,
      event: "REFUND.FAILED",
    });
    const [refund] = await listRefundsOfOrder(database.db, order.id);
    expect(refund!.status).toBe("FAILED");
    expect(refund!.failureReason).toMatch(/invalid/i);
    const view = await getOrderRefunds(database.db, order);
    expect(view.refunded).toBe(0);
    expect(view.refundable).toBe(order.amount);
  });

  it("takes REFUND.* callbacks at the payment webhook: key checked, refund re-read, recorded for the order", async () => {
    const { order } = await paidOrder();
    const asked = await requestRefund(deps, order.id, form(10_000), admin);
    if (!asked.ok) throw new Error(asked.error.code);
    sandbox.clock.advance(REFUND_STEP_MS);
    const body = JSON.stringify({
      event: "REFUND.SUCCESS",
      data: { id: asked.data.gatewayRefundId, status: "SUCCESS" },
    });
    const outcome = await handlePaymentCallback(deps, {
      apiKey: TEST_CREDENTIALS.callbackApiKey,
      clientAddress: "198.51.100.7",
      declaredBytes: body.length,
      readBody: async () => ({ ok: true, text: body, bytes: body.length }),
    });
    expect(outcome).toEqual({ httpStatus: 200, outcome: "applied: refund is SUCCESS" });
    const wrongKey = await handlePaymentCallback(deps, {
      apiKey: "wrong",
      clientAddress: "198.51.100.7",
      declaredBytes: body.length,
      readBody: async () => ({ ok: true, text: body, bytes: body.length }),
    });
    expect(wrongKey.httpStatus).toBe(401);
  });

  it("clears a paid-after-close flag only by a refund or by Fulfil anyway, once", async () => {
    const fulfilled = (await paidOrder()).order;
    expect((await fulfilLatePayment(deps, fulfilled.id, admin)).ok).toBe(false);
    await addOrderEvent(database.db, { orderId: fulfilled.id, type: "PAID_AFTER_CLOSE", message: "late" });
    expect((await getOrderRefunds(database.db, fulfilled)).latePayment.resolution).toBeNull();
    expect((await fulfilLatePayment(deps, fulfilled.id, admin)).ok).toBe(true);
    const again = await fulfilLatePayment(deps, fulfilled.id, admin);
    expect(!again.ok && again.error.code).toBe("late_payment_resolved");
    expect((await getOrderRefunds(database.db, fulfilled)).latePayment.resolution?.resolution).toBe("FULFIL");

    const refunded = (await paidOrder()).order;
    await addOrderEvent(database.db, { orderId: refunded.id, type: "PAID_AFTER_CLOSE", message: "late" });
    expect((await requestRefund(deps, refunded.id, form(10_000), admin)).ok).toBe(true);
    const view = await getOrderRefunds(database.db, refunded);
    expect(view.latePayment.resolution).toMatchObject({ resolution: "REFUND", actor: admin.email });
  });

  it("keeps a refund the gateway did not answer retryable, and one it refused FAILED with its reason", async () => {
    const { order } = await paidOrder();
    const failing = (error: HarsyaError): CheckoutDeps => ({
      ...deps,
      gateway: Object.assign(Object.create(gateway) as PaymentGateway, {
        createRefund: () => Promise.reject(error),
      }),
    });
    const submitted = form(10_000);
    const down = await requestRefund(
      failing(
        new HarsyaError({ message: "down", status: 503, code: "service_unavailable", retryable: true }),
      ),
      order.id,
      submitted,
      admin,
    );
    expect(!down.ok && down.error).toMatchObject({ code: "refund_gateway_unavailable", retryable: true });
    let [refund] = await listRefundsOfOrder(database.db, order.id);
    expect(refund).toMatchObject({ status: "REQUESTING", failureReason: "down" });
    expect((await getOrderRefunds(database.db, order)).refunded).toBe(0);

    // The same form again, the gateway back: the same row is sent, with the same key.
    const retried = await requestRefund(deps, order.id, submitted, admin);
    expect(retried.ok && retried.data.id).toBe(refund!.id);

    const refused = await requestRefund(
      failing(
        new HarsyaError({
          message: "bad",
          status: 400,
          code: "api_validation_error",
          details: [{ field: "transferDestination", message: "account is closed" }],
          retryable: false,
        }),
      ),
      order.id,
      form(10_000),
      admin,
    );
    expect(!refused.ok && refused.error.code).toBe("refund_rejected");
    refund = (await listRefundsOfOrder(database.db, order.id))[1];
    expect(refund).toMatchObject({ status: "FAILED", failureReason: "account is closed" });
  });
});
