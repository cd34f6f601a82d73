import { and, desc, eq } from "drizzle-orm";
import { errorMessage } from "@/lib/http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/repository";
import { orderEvents, orders, products, webhookEvents } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { HarsyaClient, HarsyaError } from "@/lib/harsya";

import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  type CallbackReceiver,
  type SandboxServer,
} from "@/lib/sandbox/testing";
import { cancelOrderPayment } from "./cancel";
import { confirmOrderMethod } from "./confirm";
import { findOrderDetail } from "./order-store";
import type { CheckoutDeps } from "./deps";
import { CheckoutInput } from "./input";
import { processLeftoverCallbacks } from "./callback-inbox";
import { findViewableOrder } from "./status";
import { reconcilePendingOrders } from "./reconcile";
import { startCheckout } from "./start";
import { refreshIfStale, syncOrder } from "./sync";
import { handlePaymentCallback, type IncomingCallback } from "./webhook";

describe.each(testDatabaseTargets())("checkout against the sandbox on $name", (target) => {
  let database: TestDatabase;
  let sandbox: SandboxServer;
  let receiver: CallbackReceiver;
  let deps: CheckoutDeps;
  let gateway: HarsyaClient;
  let coffeeId: number;
  let coffeePrice: number;

  const client = (headers: Record<string, string> = {}) =>
    new HarsyaClient({
      baseUrl: sandbox.baseUrl,
      clientId: TEST_CREDENTIALS.clientId,
      clientSecret: TEST_CREDENTIALS.clientSecret,
      timeoutMs: 2_000,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      now: () => sandbox.clock.now().getTime(),
      headers,
    });

  beforeAll(async () => {
    database = await target.open();
    await seedCatalog(database.db);
    receiver = await startCallbackReceiver();
    sandbox = await startSandboxServer({ db: database.db, callbackUrl: receiver.url });
    gateway = client();
    deps = {
      db: database.db,
      gateway,
      clock: { now: () => new Date() },
      config: {
        appUrl: "https://shop.example",
        storeName: "Toko Harsya Nusantara Raya",
        paymentSessionMinutes: 15,
        harsya: { callbackApiKey: TEST_CREDENTIALS.callbackApiKey },
        checkoutLimits: {
          perCart: { name: "test-cart", limit: 1_000, windowSeconds: 600 },
          perAddress: { name: "test-address", limit: 10_000, windowSeconds: 60 },
        },
      },
    };
    const [coffee] = await database.db.select().from(products).where(eq(products.slug, "kopi-gayo-arabica"));
    coffeeId = coffee!.id;
    coffeePrice = coffee!.price;
  });
  afterAll(async () => {
    await sandbox?.settle();
    await sandbox?.close();
    await receiver?.close();
    await database?.close();
  });

  async function newCart(quantity = 1): Promise<string> {
    const added = await addToCart(database.db, undefined, { productId: coffeeId, quantity });
    if (!added.ok) throw new Error(errorMessage(added.error, "en"));
    return added.data.cartId;
  }

  const input = (paymentMethod: string, email = "budi@example.com") =>
    CheckoutInput.parse({ fullName: "Budi Santoso", email, phone: "0812-3456-7890", paymentMethod });

  async function checkout(paymentMethod: string, cartId?: string) {
    const cart = cartId ?? (await newCart());
    const started = await startCheckout(deps, {
      cartId: cart,
      userId: null,
      clientAddress: "127.0.0.1",
      input: input(paymentMethod),
    });
    if (!started.ok) throw new Error(errorMessage(started.error, "en"));
    const detail = await findOrderDetail(database.db, started.data.orderId);
    return { cartId: cart, ...started.data, detail: detail! };
  }

  const ownerOf = (detail: { order: { cartId: string | null } }) => ({
    user: null,
    cartId: detail.order.cartId ?? undefined,
  });

  const openOrdersOf = (cartId: string) =>
    database.db
      .select()
      .from(orders)
      .where(and(eq(orders.cartId, cartId), eq(orders.status, "PENDING_PAYMENT")));

  const callbackFor = async (sessionId: string, event = "PAYMENT.PAID") => ({
    event,
    data: await gateway.getPayment(sessionId),
  });

  /** A callback as the route hands it over: `body` is sent as JSON from a test address. */
  const incoming = (apiKey: string, body: unknown, clientAddress = "198.51.100.7"): IncomingCallback => {
    const text = JSON.stringify(body);
    return {
      apiKey,
      clientAddress,
      declaredBytes: Buffer.byteLength(text),
      readBody: async () => ({ ok: true, text, bytes: Buffer.byteLength(text) }),
    };
  };

  it("creates the order first, then a session with every seed field", async () => {
    const { detail, paymentUrl } = await checkout("BCA");
    expect(detail.order.status).toBe("PENDING_PAYMENT");
    expect(detail.payment).toMatchObject({ status: "REQUIRE_ACTION", channel: "BCA", autoConfirm: true });
    expect(detail.payment?.vaNumber).toMatch(/^\d{16}$/);
    expect(paymentUrl).toContain("/sandbox/pay?token=");

    const session = await gateway.getPayment(detail.payment!.id);
    expect(session.clientReferenceId).toBe(detail.order.reference);
    expect(session.amount).toEqual({ value: detail.order.amount, currency: "IDR" });
    expect(session.statementDescriptor).toBe("Toko Harsya Nusantar");
    expect(session.redirectUrl?.successReturnUrl).toBe(
      `https://shop.example/payment/success?order=${detail.order.id}`,
    );
    expect(session.metadata).toEqual({ orderId: detail.order.id, invoiceNo: detail.order.reference });
    expect(session.expiryAt?.getTime()).toBe(Math.floor(detail.order.expiresAt.getTime() / 1000) * 1000);
    const events = await database.db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, detail.order.id));
    expect(events.map((event) => event.type)).toEqual(["ORDER_CREATED", "SESSION_CREATED"]);
  });

  it("prices the order from the database, ignoring anything the browser says about money", async () => {
    const cartId = await newCart(3);
    const tampered = CheckoutInput.parse({
      ...input("BCA"),
      amount: 1,
      price: 1,
      items: [{ productId: coffeeId, unitPrice: 1 }],
    });
    const started = await startCheckout(deps, {
      cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input: tampered,
    });
    if (!started.ok) throw new Error(errorMessage(started.error, "en"));
    const detail = await findOrderDetail(database.db, started.data.orderId);
    expect(detail?.order.amount).toBe(coffeePrice * 3);
    expect(detail?.items.map((item) => [item.unitPrice, item.quantity, item.lineTotal])).toEqual([
      [coffeePrice, 3, coffeePrice * 3],
    ]);
    expect((await gateway.getPayment(detail!.payment!.id)).amount.value).toBe(coffeePrice * 3);
  });

  it("resumes one order and one session for a double submit", async () => {
    const cartId = await newCart();
    const attempts = await Promise.all(
      [1, 2, 3].map(() =>
        startCheckout(deps, { cartId, userId: null, clientAddress: "127.0.0.1", input: input("BNI") }),
      ),
    );
    const ids = new Set(attempts.map((attempt) => (attempt.ok ? attempt.data.orderId : attempt.error.code)));
    expect(ids.size).toBe(1);
    const detail = await findOrderDetail(database.db, [...ids][0]!);
    const sessions = await gateway.listPayments({ clientReferenceId: detail!.order.reference });
    expect(sessions.items).toHaveLength(1);
  });

  it("keeps the order when the gateway fails and succeeds on the retry", async () => {
    const cartId = await newCart();
    const failing = await startCheckout(
      { ...deps, gateway: client({ "X-Sandbox-Fault": "503" }) },
      { cartId, userId: null, clientAddress: "127.0.0.1", input: input("BRI") },
    );
    expect(failing).toMatchObject({ ok: false, error: { code: "gateway_unavailable", retryable: true } });
    expect(failing.ok || errorMessage(failing.error, "en")).toMatch(/Your order is saved/);

    const retried = await startCheckout(deps, {
      cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input: input("BRI"),
    });
    expect(retried.ok).toBe(true);
    if (!retried.ok) return;
    const detail = await findOrderDetail(database.db, retried.data.orderId);
    expect(detail?.payment?.status).toBe("REQUIRE_ACTION");
    const events = await database.db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, retried.data.orderId));
    expect(events.map((event) => event.type)).toEqual(["ORDER_CREATED", "GATEWAY_ERROR", "SESSION_CREATED"]);
  });

  it("a garbled gateway answer tells the shopper the order is kept and a retry is safe", async () => {
    const cartId = await newCart();
    const garbled = await startCheckout(
      { ...deps, gateway: client({ "X-Sandbox-Fault": "malformed" }) },
      { cartId, userId: null, clientAddress: "127.0.0.1", input: input("PERMATA") },
    );
    expect(garbled).toMatchObject({
      ok: false,
      error: { code: "gateway_bad_response", retryable: true },
    });
    expect(garbled.ok || errorMessage(garbled.error, "en")).toMatch(/order is saved.*safe to try again/);
    const retried = await startCheckout(deps, {
      cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input: input("PERMATA"),
    });
    expect(retried.ok).toBe(true);
    expect(await openOrdersOf(cartId)).toHaveLength(1);
  });

  it("moves the order on a verified callback, once, and records every callback", async () => {
    const { detail } = await checkout("MANDIRI");
    await gateway.simulatePayment({ paymentSessionId: detail.payment!.id, chargeStatus: "SUCCESS" });
    const body = await callbackFor(detail.payment!.id);

    const forged = await handlePaymentCallback(deps, incoming("wrong-key", body));
    expect(forged.httpStatus).toBe(401);
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PENDING_PAYMENT");

    const results = await Promise.all(
      [1, 2, 3].map(() => handlePaymentCallback(deps, incoming(TEST_CREDENTIALS.callbackApiKey, body))),
    );
    expect(results.every((result) => result.httpStatus === 200)).toBe(true);
    const paid = await findOrderDetail(database.db, detail.order.id);
    expect(paid?.order.status).toBe("PAID");
    const changes = (
      await database.db.select().from(orderEvents).where(eq(orderEvents.orderId, detail.order.id))
    ).filter((event) => event.type === "STATUS_CHANGED");
    expect(changes).toHaveLength(1);
    const recorded = await database.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.orderId, detail.order.id));
    // One callback is one inbox row, however often it arrives. The forged one is kept apart, as a
    // summary: its body was never read, so it names no order.
    expect(recorded.map((row) => [row.verified, row.replays, row.processedAt !== null])).toEqual([
      [true, 2, true],
    ]);
    const [summary] = await database.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.verified, false))
      .orderBy(desc(webhookEvents.id))
      .limit(1);
    expect(summary).toMatchObject({
      httpStatus: 401,
      outcome: "rejected: wrong X-API-Key",
      clientAddress: "198.51.100.7",
      bodyBytes: JSON.stringify(body).length,
      event: null,
      sessionId: null,
      orderId: null,
      payload: null,
    });
  });

  it("refuses every callback when no key is configured", async () => {
    const { detail } = await checkout("CIMB");
    const body = await callbackFor(detail.payment!.id);
    const result = await handlePaymentCallback(
      { ...deps, config: { ...deps.config, harsya: { callbackApiKey: "" } } },
      incoming("", body),
    );
    expect(result).toEqual({ httpStatus: 401, outcome: "rejected: no callback key is configured" });
  });

  it("acknowledges a callback for an unknown session and rejects a malformed one", async () => {
    const key = TEST_CREDENTIALS.callbackApiKey;
    const { detail } = await checkout("BSI");
    const body = await callbackFor(detail.payment!.id);
    const unknown = await handlePaymentCallback(
      deps,
      incoming(key, { ...body, data: { ...body.data, id: "not-ours", clientReferenceId: "NOTOURS" } }),
    );
    expect(unknown).toEqual({ httpStatus: 200, outcome: "ignored: no order for this session" });
    expect((await handlePaymentCallback(deps, incoming(key, { hello: "world" }))).httpStatus).toBe(400);
    const notJson = {
      ...incoming(key, null),
      readBody: async () => ({ ok: true as const, text: "{", bytes: 1 }),
    };
    expect((await handlePaymentCallback(deps, notJson)).httpStatus).toBe(400);
  });

  it("takes a body Postgres cannot store (NUL, broken Unicode) for no callback, and records it without it", async () => {
    const { detail } = await checkout("BRI");
    const body = await callbackFor(detail.payment!.id);
    const unstorable = [
      { event: "PAYMENT.PAID", data: { id: "\u0000" } },
      { ...body, event: "\u0000" },
      { ...body, data: { ...body.data, id: `${detail.payment!.id}\u0000` } },
      { ...body, data: { ...body.data, metadata: { note: "a\u0000b" } } },
      { ...body, event: "PAYMENT.PAID\ud800" },
    ];
    for (const hostile of unstorable) {
      const verified = await handlePaymentCallback(deps, incoming(TEST_CREDENTIALS.callbackApiKey, hostile));
      expect(verified).toEqual({ httpStatus: 400, outcome: "rejected: body is not a payment callback" });
      expect((await handlePaymentCallback(deps, { ...incoming("", hostile), apiKey: null })).httpStatus).toBe(
        401,
      );
    }
    const recorded = await database.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.outcome, "rejected: body is not a payment callback"));
    expect(recorded.length).toBeGreaterThanOrEqual(unstorable.length);
    expect(recorded.every((row) => row.payload === null && row.sessionId === null)).toBe(true);
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PENDING_PAYMENT");
  });

  it("acknowledges at once and applies after the answer; a replay is the same row", async () => {
    const { detail } = await checkout("BNC");
    await gateway.simulatePayment({ paymentSessionId: detail.payment!.id, chargeStatus: "SUCCESS" });
    const body = await callbackFor(detail.payment!.id);
    const deferred: (() => Promise<unknown>)[] = [];
    const defer = (task: () => Promise<unknown>) => void deferred.push(task);
    const answer = await handlePaymentCallback(deps, incoming(TEST_CREDENTIALS.callbackApiKey, body), {
      defer,
    });
    expect(answer).toEqual({ httpStatus: 200, outcome: "received: applied after this answer" });
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PENDING_PAYMENT");
    await Promise.all(deferred.map((task) => task()));
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PAID");
    const replay = await handlePaymentCallback(deps, incoming(TEST_CREDENTIALS.callbackApiKey, body), {
      defer,
    });
    expect(replay).toEqual({ httpStatus: 200, outcome: "acknowledged: already applied" });
    expect(deferred).toHaveLength(1);
  });

  it("coalesces a burst of callbacks about one session into a few re-reads, every row recorded", async () => {
    const { detail } = await checkout("BNI");
    await gateway.simulatePayment({ paymentSessionId: detail.payment!.id, chargeStatus: "SUCCESS" });
    const body = await callbackFor(detail.payment!.id);
    let reads = 0;
    const counting: typeof deps.gateway = Object.create(deps.gateway);
    counting.getPayment = (id) => {
      reads += 1;
      return deps.gateway.getPayment(id);
    };
    const deferred: (() => Promise<unknown>)[] = [];
    const defer = (task: () => Promise<unknown>) => void deferred.push(task);
    for (let i = 0; i < 6; i += 1) {
      const copy = { ...body, data: { ...body.data, attempt: i } };
      await handlePaymentCallback(
        { ...deps, gateway: counting },
        incoming(TEST_CREDENTIALS.callbackApiKey, copy),
        {
          defer,
        },
      );
    }
    await Promise.all(deferred.map((task) => task()));
    expect(reads).toBeLessThanOrEqual(2);
    const rows = await database.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.sessionId, detail.payment!.id));
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.processedAt !== null && row.outcome === "applied: order is PAID")).toBe(
      true,
    );
  });

  it("keeps a callback whose re-read fails in the inbox, and the cron applies it later", async () => {
    const { detail } = await checkout("DANAMON");
    await gateway.simulatePayment({ paymentSessionId: detail.payment!.id, chargeStatus: "SUCCESS" });
    const body = await callbackFor(detail.payment!.id);
    const result = await handlePaymentCallback(
      { ...deps, gateway: client({ "X-Sandbox-Fault": "500" }) },
      incoming(TEST_CREDENTIALS.callbackApiKey, body),
    );
    expect(result.httpStatus).toBe(200);
    expect(result.outcome).toMatch(/^retry: /);
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PENDING_PAYMENT");
    const later = { ...deps, clock: { now: () => new Date(Date.now() + 60_000) } };
    expect(await processLeftoverCallbacks(later)).toEqual({ checked: 1, failed: 0 });
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PAID");
  });

  it("two-step: confirms the chosen bank once, and refuses a different one afterwards", async () => {
    const { detail } = await checkout("CHOOSE_ON_PAGE");
    expect(detail.payment).toMatchObject({
      status: "REQUIRE_PAYMENT_METHOD",
      autoConfirm: false,
      vaNumber: null,
    });
    const confirmed = await confirmOrderMethod(deps, {
      orderId: detail.order.id,
      viewer: ownerOf(detail),
      channel: "PERMATA",
    });
    expect(confirmed.ok).toBe(true);
    const again = await confirmOrderMethod(deps, {
      orderId: detail.order.id,
      viewer: ownerOf(detail),
      channel: "PERMATA",
    });
    expect(again).toEqual(confirmed);
    const other = await confirmOrderMethod(deps, {
      orderId: detail.order.id,
      viewer: ownerOf(detail),
      channel: "BCA",
    });
    expect(other).toMatchObject({ ok: false, error: { code: "method_already_chosen" } });
    const after = await findOrderDetail(database.db, detail.order.id);
    expect(after?.payment).toMatchObject({ status: "REQUIRE_ACTION", channel: "PERMATA" });
    expect(after?.order.channel).toBe("PERMATA");
  });

  it("cancels only where the gateway allows it, and gives the stock back", async () => {
    const stock = async () =>
      (await database.db.select().from(products).where(eq(products.id, coffeeId)))[0]!.stock;
    const before = await stock();
    const open = await checkout("CHOOSE_ON_PAGE", await newCart(2));
    expect(await stock()).toBe(before - 2);
    const cancelled = await cancelOrderPayment(deps, open.orderId, { actor: "owner@shop.id" });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    expect(await stock()).toBe(before);

    const issued = await checkout("BCA");
    expect(await cancelOrderPayment(deps, issued.orderId, { actor: "owner@shop.id" })).toMatchObject({
      ok: false,
      error: { code: "not_cancellable" },
    });
  });

  it("a changed checkout replaces the cart's cancellable open order", async () => {
    const cartId = await newCart();
    const first = await checkout("CHOOSE_ON_PAGE", cartId);
    const second = await checkout("BNC", cartId);
    expect(second.orderId).not.toBe(first.orderId);
    expect((await findOrderDetail(database.db, first.orderId))?.order.status).toBe("CANCELLED");
  });

  it("a changed bank may take back the stock this cart's own cancellable order holds", async () => {
    const [runner] = await database.db.select().from(products).where(eq(products.slug, "kain-tenun-ikat"));
    await database.db.update(products).set({ stock: 3 }).where(eq(products.id, runner!.id));
    const added = await addToCart(database.db, undefined, { productId: runner!.id, quantity: 2 });
    if (!added.ok) throw new Error(errorMessage(added.error, "en"));
    const first = await checkout("CHOOSE_ON_PAGE", added.data.cartId);
    const second = await checkout("BCA", added.data.cartId);
    expect((await findOrderDetail(database.db, first.orderId))?.order.status).toBe("CANCELLED");
    expect(second.detail.payment?.channel).toBe("BCA");
    const [after] = await database.db.select().from(products).where(eq(products.id, runner!.id));
    expect(after!.stock).toBe(1);

    // An issued virtual account cannot be voided: the shopper is sent back to it, not given a second.
    const third = await startCheckout(deps, {
      cartId: added.data.cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input: input("BNI"),
    });
    expect(third).toMatchObject({
      ok: false,
      error: { code: "payment_in_progress", orderId: second.orderId },
    });
    expect(third.ok || errorMessage(third.error, "en")).toContain(
      `BCA virtual account (order ${second.detail.order.reference})`,
    );
    expect(await openOrdersOf(added.data.cartId)).toHaveLength(1);
  });

  it("a cart never has two payable orders, however many changed checkouts race", async () => {
    const cartId = await newCart();
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        startCheckout(deps, {
          cartId,
          userId: null,
          clientAddress: "127.0.0.1",
          input: input("CHOOSE_ON_PAGE", `drill${i}@example.com`),
        }),
      ),
    );
    expect(attempts.some((attempt) => attempt.ok)).toBe(true);
    for (const attempt of attempts) {
      if (!attempt.ok) expect(["checkout_in_progress", "payment_in_progress"]).toContain(attempt.error.code);
    }
    const open = await openOrdersOf(cartId);
    expect(open).toHaveLength(1);
    // Every order the race made, apart from the open one, has no session the shopper can still pay.
    const all = await database.db.select().from(orders).where(eq(orders.cartId, cartId));
    for (const order of all) {
      const sessions = await gateway.listPayments({ clientReferenceId: order.reference });
      const payable = sessions.items.filter((session) => !["CANCELLED", "EXPIRED"].includes(session.status));
      expect(payable).toHaveLength(order.id === open[0]!.id ? 1 : 0);
    }
  });

  it("a changed checkout whose cancel lost a race to another one goes ahead, not a gateway error", async () => {
    const cartId = await newCart();
    const first = await checkout("CHOOSE_ON_PAGE", cartId);
    // Another request cancels the session first; the gateway then refuses this one's cancel.
    const racedGateway: HarsyaClient = Object.assign(Object.create(gateway) as HarsyaClient, {
      cancelPayment: async (...[id, reason]: Parameters<HarsyaClient["cancelPayment"]>) => {
        await gateway.cancelPayment(id, reason);
        throw new HarsyaError({
          message: "the session is already cancelled",
          status: 400,
          code: "api_validation_error",
          retryable: false,
        });
      },
    });
    const raced: CheckoutDeps = { ...deps, gateway: racedGateway };
    const second = await startCheckout(raced, {
      cartId,
      userId: null,
      clientAddress: "127.0.0.1",
      input: input("CHOOSE_ON_PAGE", "someone-else@example.com"),
    });
    expect(second.ok).toBe(true);
    expect((await findOrderDetail(database.db, first.orderId))?.order.status).toBe("CANCELLED");
    expect(await openOrdersOf(cartId)).toHaveLength(1);
  });

  it("sequential changed checkouts leave one open order holding the stock", async () => {
    const cartId = await newCart();
    const [before] = await database.db.select().from(products).where(eq(products.id, coffeeId));
    for (let i = 0; i < 5; i += 1) {
      const started = await startCheckout(deps, {
        cartId,
        userId: null,
        clientAddress: "127.0.0.1",
        input: input("CHOOSE_ON_PAGE", `shopper${i}@example.com`),
      });
      expect(started.ok).toBe(true);
    }
    expect(await openOrdersOf(cartId)).toHaveLength(1);
    const [after] = await database.db.select().from(products).where(eq(products.id, coffeeId));
    expect(after!.stock).toBe(before!.stock - 1);
  });

  it("limits checkouts per cart and per address, saying when to try again; a resume is not counted", async () => {
    const limited: CheckoutDeps = {
      ...deps,
      config: {
        ...deps.config,
        checkoutLimits: {
          perCart: { name: "limit-test-cart", limit: 2, windowSeconds: 600 },
          perAddress: { name: "limit-test-address", limit: 3, windowSeconds: 60 },
        },
      },
    };
    const cartId = await newCart();
    const attempt = (cart: string, address: string, method = "BCA") =>
      startCheckout(limited, { cartId: cart, userId: null, clientAddress: address, input: input(method) });
    const first = await attempt(cartId, "10.1.1.1", "CHOOSE_ON_PAGE");
    expect(first.ok).toBe(true);
    // The same checkout again, however often: the same page, and nothing counted.
    for (let i = 0; i < 5; i++) expect(await attempt(cartId, "10.1.1.1", "CHOOSE_ON_PAGE")).toEqual(first);
    // A changed one is counted: it replaces the order (its session was still waiting for a method).
    const changed = await attempt(cartId, "10.1.1.1", "BNI");
    expect(changed).toMatchObject({ ok: true });
    expect(changed).not.toEqual(first);
    expect(await attempt(cartId, "10.1.1.1", "BRI")).toMatchObject({
      ok: false,
      error: { code: "rate_limited", retryable: true },
    });
    // Refused a third change, the shopper still gets back to the order that is open.
    expect(await attempt(cartId, "10.1.1.1", "BNI")).toEqual(changed);
    const other = await attempt(await newCart(), "10.1.1.2");
    expect(other.ok).toBe(true);
    expect(await attempt(await newCart(), "10.1.1.1")).toMatchObject({
      ok: false,
      error: { code: "rate_limited" },
    });
    const refused = await attempt(await newCart(), "10.1.1.1");
    expect(refused.ok || refused.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("reconciles lost callbacks: paid and expired sessions reach their order", async () => {
    const paid = await checkout("BCA");
    await gateway.simulatePayment({ paymentSessionId: paid.detail.payment!.id, chargeStatus: "SUCCESS" });
    const expiring = await checkout("BNI");
    await gateway.simulatePayment({ paymentSessionId: expiring.detail.payment!.id, chargeStatus: "EXPIRED" });

    const report = await reconcilePendingOrders(deps);
    expect(report.failed).toBe(0);
    expect((await findOrderDetail(database.db, paid.orderId))?.order.status).toBe("PAID");
    expect((await findOrderDetail(database.db, expiring.orderId))?.order.status).toBe("EXPIRED");
  });

  it("voids a session still waiting for a method long after the order's time, and backs off failures", async () => {
    const abandoned = await checkout("CHOOSE_ON_PAGE");
    await database.db
      .update(orders)
      .set({ expiresAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(orders.id, abandoned.orderId));
    const failing = await checkout("BCA");
    await database.db.update(orders).set({ lastSyncedAt: null }).where(eq(orders.id, failing.orderId));

    const broken = { ...deps, gateway: client({ "X-Sandbox-Fault": "500" }) };
    const first = await reconcilePendingOrders(broken);
    expect(first.failed).toBeGreaterThan(0);
    // Orders whose sync just failed wait out their back-off instead of blocking every run.
    const again = await reconcilePendingOrders(broken);
    expect(again.checked).toBe(0);

    await database.db.update(orders).set({ syncLeaseUntil: null });
    await reconcilePendingOrders(deps);
    expect((await findOrderDetail(database.db, abandoned.orderId))?.order.status).toBe("EXPIRED");
    expect((await findOrderDetail(database.db, abandoned.orderId))?.payment?.status).toBe("CANCELLED");
    expect((await findOrderDetail(database.db, failing.orderId))?.order.status).toBe("PENDING_PAYMENT");
  });

  it("a session read past its expiry expires the order", async () => {
    const { orderId } = await checkout("BRI");
    sandbox.clock.advance(16 * 60_000);
    try {
      const synced = await syncOrder(deps, orderId, { actor: "cron", reason: "test" });
      expect(synced).toMatchObject({ ok: true, data: { status: "EXPIRED" } });
    } finally {
      sandbox.clock.advance(-16 * 60_000);
    }
  });

  it("status reads answer a guest's own cart without asking for the account, and one query reads it all", async () => {
    const { cartId, orderId } = await checkout("BCA");
    let asked = 0;
    const user = async () => {
      asked += 1;
      return null;
    };
    const own = await findViewableOrder(deps, orderId, { cartId, user });
    expect(own?.items).toHaveLength(1);
    expect(own?.payment?.id).toBeTruthy();
    expect(own).toEqual(await findOrderDetail(database.db, orderId));
    expect(asked).toBe(0);
    expect(await findViewableOrder(deps, orderId, { cartId: "another-cart", user })).toBeUndefined();
    expect(asked).toBe(1);
    const admin = async () => ({ id: "admin", isAdmin: true });
    expect(await findViewableOrder(deps, orderId, { cartId: undefined, user: admin })).toBeDefined();
  });

  it("status reads re-sync a stale pending order, one at a time", async () => {
    const { detail } = await checkout("PERMATA");
    await gateway.simulatePayment({ paymentSessionId: detail.payment!.id, chargeStatus: "SUCCESS" });
    const fresh = await refreshIfStale(deps, detail.order, 60_000);
    expect(fresh.status).toBe("PENDING_PAYMENT");
    const results = await Promise.all([1, 2, 3].map(() => refreshIfStale(deps, detail.order, 0)));
    expect(results.some((order) => order.status === "PAID")).toBe(true);
    expect((await findOrderDetail(database.db, detail.order.id))?.order.status).toBe("PAID");
  });
});
