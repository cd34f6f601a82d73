import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  testClock,
  type CallbackReceiver,
  type SandboxServer,
} from "@/lib/sandbox/testing";
import { HarsyaClient, type HarsyaClientOptions } from "./client";
import { HarsyaError } from "./errors";
import { requestIdFor } from "./request-id";
import { PaymentCallback } from "./session";
import type { CreatePaymentRequest } from "./wire";

// The client against the embedded sandbox over real HTTP: every request example of
// harsya-api.md, the token's life, idempotent replay, each error code and each injected fault.

let database: TestDatabase;
let sandbox: SandboxServer;
let receiver: CallbackReceiver;
let sequence = 0;

/** Counts the requests a client makes, by path. */
function countingFetch() {
  const calls: string[] = [];
  const counted: typeof fetch = (input, init) => {
    calls.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname.replace(/^\/sandbox/, "")}`);
    return fetch(input, init);
  };
  return { calls, fetch: counted, count: (call: string) => calls.filter((made) => made === call).length };
}

function client(options: Partial<HarsyaClientOptions> = {}) {
  return new HarsyaClient({
    baseUrl: sandbox.baseUrl,
    clientId: TEST_CREDENTIALS.clientId,
    clientSecret: TEST_CREDENTIALS.clientSecret,
    timeoutMs: 2_000,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    now: () => sandbox.clock.now().getTime(),
    ...options,
  });
}

const reference = () => `REF${Date.now()}${(sequence += 1)}`;
const requestId = () => requestIdFor("client-test", reference());

function vaRequest(overrides: Partial<CreatePaymentRequest> = {}): CreatePaymentRequest {
  return {
    clientReferenceId: reference(),
    amount: { value: 150_000, currency: "IDR" },
    paymentMethod: { type: "VIRTUAL_ACCOUNT" },
    paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
    redirectUrl: {
      successReturnUrl: "https://merchant.example/success",
      failureReturnUrl: "https://merchant.example/failure",
      expirationReturnUrl: "https://merchant.example/expired",
    },
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<HarsyaError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof HarsyaError)) throw new Error(`expected a HarsyaError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  database = await openTestPglite();
  receiver = await startCallbackReceiver();
  sandbox = await startSandboxServer({ db: database.db, callbackUrl: receiver.url, clock: testClock() });
});

afterAll(async () => {
  await sandbox?.settle();
  await sandbox?.close();
  await receiver?.close();
  await database?.close();
});

beforeEach(() => {
  sandbox.clock.set(new Date());
  receiver.respondWith(() => 200);
});

describe("the documented request examples", () => {
  it("hosted page, shopper picks the method (§4.1.2), then confirm (§4.2)", async () => {
    sandbox.clock.set(new Date("2025-12-29T08:00:00Z"));
    const gateway = client();
    const created = await gateway.createPayment(
      {
        clientReferenceId: "1751612565",
        amount: { value: 10000, currency: "IDR" },
        paymentType: "SINGLE",
        mode: "REDIRECT",
        bypassStatusPage: false,
        redirectUrl: {
          successReturnUrl: "https://merchant.example/success",
          failureReturnUrl: "https://merchant.example/failure",
          expirationReturnUrl: "https://merchant.example/expired",
        },
        customer: {
          givenName: "Budi",
          surname: "Santoso",
          email: "budi@example.com",
          phoneNumber: { countryCode: "+62", number: "81234567890" },
        },
        orderInformation: {
          productDetails: [
            { type: "DIGITAL", name: "Voucher", quantity: 1, price: { value: 10000, currency: "IDR" } },
          ],
        },
        autoConfirm: false,
        statementDescriptor: "My Shop",
        expiryAt: "2025-12-30T23:59:00Z",
        metadata: { invoiceNo: "INV001" },
      },
      { requestId: "hostedPageExample0001" },
    );
    expect(created).toMatchObject({
      clientReferenceId: "1751612565",
      amount: { value: 10000, currency: "IDR" },
      status: "REQUIRE_PAYMENT_METHOD",
      autoConfirm: false,
      mode: "REDIRECT",
      paymentType: "SINGLE",
      paymentMethod: null,
      chargeDetails: [],
      statementDescriptor: "My Shop",
      metadata: { invoiceNo: "INV001" },
      customer: { givenName: "Budi", surname: "Santoso", email: "budi@example.com" },
      redirectUrl: { successReturnUrl: "https://merchant.example/success" },
    });
    expect(created.expiryAt).toEqual(new Date("2025-12-30T23:59:00Z"));
    expect(created.createdAt).toEqual(sandbox.clock.now());
    expect(created.paymentUrl).toMatch(
      new RegExp(`^${sandbox.baseUrl}/pay\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`),
    );
    expect(created.customerId).toMatch(/^[0-9a-f-]{36}$/);

    const confirmed = await gateway.confirmPayment(created.id, {
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: { virtualAccount: { channel: "PERMATA", virtualAccountName: "My Shop" } },
    });
    expect(confirmed.status).toBe("REQUIRE_ACTION");
    expect(confirmed.paymentMethod?.type).toBe("VIRTUAL_ACCOUNT");
    expect(confirmed.chargeDetails).toHaveLength(1);
    expect(confirmed.chargeDetails[0]).toMatchObject({
      status: "WAITING_FOR_USER_ACTION",
      paymentSessionId: created.id,
      amount: { value: 10000, currency: "IDR" },
      paidAt: null,
      virtualAccount: { channel: "PERMATA", virtualAccountName: "Harsya - My Shop" },
    });
    expect(confirmed.chargeDetails[0]?.virtualAccount?.virtualAccountNumber).toMatch(/^7663\d{12}$/);
    expect(confirmed.chargeDetails[0]?.virtualAccount?.expiryAt).toEqual(confirmed.expiryAt);
  });

  it("virtual account pre-selected with autoConfirm (§4.1.2) issues the number at once", async () => {
    sandbox.clock.set(new Date("2025-12-29T08:00:00Z"));
    const created = await client().createPayment(
      {
        clientReferenceId: "1751610085",
        amount: { value: 10000, currency: "IDR" },
        paymentType: "SINGLE",
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: { virtualAccount: { channel: "PERMATA", virtualAccountName: "My Shop" } },
        mode: "REDIRECT",
        redirectUrl: {
          successReturnUrl: "https://merchant.example/success",
          failureReturnUrl: "https://merchant.example/failure",
          expirationReturnUrl: "https://merchant.example/expired",
        },
        customer: { email: "budi@example.com" },
        orderInformation: {
          productDetails: [{ type: "PHYSICAL", quantity: 1, price: { value: 10000, currency: "IDR" } }],
        },
        autoConfirm: true,
        expiryAt: "2025-12-30T23:59:00Z",
      },
      { requestId: "vaPreselectedExample01" },
    );
    expect(created.status).toBe("REQUIRE_ACTION");
    const [charge] = created.chargeDetails;
    expect(charge?.status).toBe("WAITING_FOR_USER_ACTION");
    expect(charge?.virtualAccount?.virtualAccountNumber).toMatch(/^7663\d{12}$/);
    expect(charge?.virtualAccount?.virtualAccountName).toBe("Harsya - My Shop");
    expect(charge?.virtualAccount?.expiryAt).toEqual(new Date("2025-12-30T23:59:00Z"));
  });

  it("the Harsya guide's body (no customer, no orderInformation) exactly as written", async () => {
    sandbox.clock.set(new Date("2025-03-31T09:00:00Z"));
    const created = await client().createPayment(
      {
        clientReferenceId: "1743240980",
        amount: { value: 10000, currency: "IDR" },
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: {
          virtualAccount: { channel: "PERMATA", virtualAccountName: "Reforza Harsya" },
        },
        mode: "REDIRECT",
        redirectUrl: {
          successReturnUrl: "https://merchant.com/success",
          failureReturnUrl: "https://merchant.com/failure",
          expirationReturnUrl: "https://merchant.com/expiration",
        },
        autoConfirm: true,
        statementDescriptor: "Harsya",
        expiryAt: "2025-03-31T23:59:05Z",
        metadata: { invoiceNo: "INV001" },
      },
      { requestId: "harsyaGuideExample0001" },
    );
    expect(created).toMatchObject({
      status: "REQUIRE_ACTION",
      statementDescriptor: "Harsya",
      customer: null,
      customerId: null,
      metadata: { invoiceNo: "INV001" },
    });
    expect(created.chargeDetails[0]?.virtualAccount?.virtualAccountName).toBe("Harsya - Reforza Harsya");
  });

  it("get by id (§4.3) and by client reference (§4.4), with pagination", async () => {
    const gateway = client();
    const body = vaRequest();
    const created = await gateway.createPayment(body, { requestId: requestId() });
    expect((await gateway.getPayment(created.id)).id).toBe(created.id);

    const byReference = await gateway.listPayments({ clientReferenceId: body.clientReferenceId });
    expect(byReference.items.map((item) => item.id)).toEqual([created.id]);
    expect(byReference.pagination).toEqual({ page: 1, perPage: 20, totalItems: 1, totalPages: 1 });

    const paged = await gateway.listPayments({ page: 1, perPage: 2 });
    expect(paged.items.length).toBeLessThanOrEqual(2);
    expect(paged.pagination.perPage).toBe(2);
    expect(paged.pagination.totalItems).toBeGreaterThanOrEqual(1);
  });

  it("cancel (§4.6) a session that has no charge yet; a charged one is 422", async () => {
    const gateway = client();
    const open = await gateway.createPayment(vaRequest({ paymentMethod: null, paymentMethodOptions: null }), {
      requestId: requestId(),
    });
    expect(open.status).toBe("REQUIRE_PAYMENT_METHOD");
    const cancelled = await gateway.cancelPayment(open.id, "REQUESTED_BY_CUSTOMER");
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancellationReason: "REQUESTED_BY_CUSTOMER" });
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect(cancelled.expiryAt?.getTime()).toBeLessThanOrEqual(sandbox.clock.now().getTime());

    const charged = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    const refused = await caught(gateway.cancelPayment(charged.id, "VOID_SESSION"));
    expect(refused).toMatchObject({
      status: 422,
      code: "invalid_state",
      type: "API_ERROR",
      retryable: false,
    });
  });

  it("simulation (§10.1) pays the session and the callback carries the full session", async () => {
    const gateway = client();
    const created = await gateway.createPayment(vaRequest({ metadata: { orderId: "o-1" } }), {
      requestId: requestId(),
    });
    const before = receiver.received.length;
    expect(await gateway.simulatePayment({ paymentSessionId: created.id, chargeStatus: "SUCCESS" })).toEqual({
      updated: true,
    });
    const paid = await gateway.getPayment(created.id);
    expect(paid.status).toBe("PAID");
    expect(paid.chargeDetails[0]).toMatchObject({ status: "SUCCESS", isCaptured: true });
    expect(paid.chargeDetails[0]?.paidAt).toBeInstanceOf(Date);

    await sandbox.settle();
    const delivered = receiver.received.slice(before);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.headers["x-api-key"]).toBe(TEST_CREDENTIALS.callbackApiKey);
    const callback = PaymentCallback.parse(delivered[0]?.body);
    expect(callback.event).toBe("PAYMENT.PAID");
    expect(callback.data).toMatchObject({ id: created.id, status: "PAID", metadata: { orderId: "o-1" } });
  });

  it("simulated failure cancels with CHARGE_FAILED; simulated expiry expires", async () => {
    const gateway = client();
    const failing = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    await gateway.simulatePayment({ paymentSessionId: failing.id, chargeStatus: "FAILED" });
    expect(await gateway.getPayment(failing.id)).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "CHARGE_FAILED",
      chargeDetails: [{ status: "FAILED", failureCode: "DECLINED_BY_CHANNEL" }],
    });

    const expiring = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    await gateway.simulatePayment({
      paymentSessionId: expiring.id,
      chargeStatus: "EXPIRED",
      amount: { value: 150_000, currency: "IDR" },
    });
    expect(await gateway.getPayment(expiring.id)).toMatchObject({
      status: "EXPIRED",
      chargeDetails: [{ status: "EXPIRED", failureCode: "CHARGE_EXPIRED" }],
    });
  });
});

describe("create defaults and validation", () => {
  it("applies REDIRECT, SINGLE, autoConfirm true and a 15-minute expiry", async () => {
    const body = vaRequest();
    const created = await client().createPayment(body, { requestId: requestId() });
    expect(created).toMatchObject({ mode: "REDIRECT", paymentType: "SINGLE", autoConfirm: true });
    expect(created.statementDescriptor).toBe("Test Store");
    const fifteenMinutes = Math.floor(sandbox.clock.now().getTime() / 1000) * 1000 + 15 * 60 * 1000;
    expect(created.expiryAt?.getTime()).toBe(fifteenMinutes);
  });

  it("answers 400 api_validation_error naming each field as the request does", async () => {
    const error = await caught(
      client().createPayment(
        {
          ...vaRequest({
            statementDescriptor: "A descriptor far too long",
            expiryAt: "2001-01-01T00:00:00Z",
          }),
          amount: { value: 500, currency: "IDR" },
          paymentMethodOptions: { virtualAccount: { channel: null } },
        },
        { requestId: requestId() },
      ),
    );
    expect(error).toMatchObject({
      status: 400,
      code: "api_validation_error",
      type: "API_ERROR",
      retryable: false,
    });
    expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(error.details.map((detail) => detail.field).sort()).toEqual(["statementDescriptor"]);

    const business = await caught(
      client().createPayment(
        {
          ...vaRequest({ expiryAt: "2001-01-01T00:00:00Z" }),
          amount: { value: 500, currency: "IDR" },
          paymentMethodOptions: { virtualAccount: {} },
        },
        { requestId: requestId() },
      ),
    );
    expect(business.details.map((detail) => detail.field).sort()).toEqual([
      "amount.value",
      "expiryAt",
      "paymentMethodOptions.virtualAccount.channel",
    ]);
  });

  it("refuses a malformed X-REQUEST-ID before sending anything", async () => {
    const counter = countingFetch();
    const error = await caught(
      client({ fetch: counter.fetch }).createPayment(vaRequest(), { requestId: "short" }),
    );
    expect(error).toMatchObject({ status: 0, code: "invalid_request", retryable: false });
    expect(counter.calls).toEqual([]);
  });
});

describe("the access token", () => {
  it("is fetched once, shared by concurrent calls and renewed a minute before its 900 s end", async () => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch });
    const created = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    await Promise.all(Array.from({ length: 5 }, () => gateway.getPayment(created.id)));
    expect(counter.count("POST /v1/access-token")).toBe(1);

    sandbox.clock.advance(839_000);
    await gateway.getPayment(created.id);
    expect(counter.count("POST /v1/access-token")).toBe(1);

    sandbox.clock.advance(2_000);
    await Promise.all(Array.from({ length: 3 }, () => gateway.getPayment(created.id)));
    expect(counter.count("POST /v1/access-token")).toBe(2);
  });

  it("a token the gateway refuses (401 credentials_invalid) is renewed once and the call retried", async () => {
    const counter = countingFetch();
    // The client's clock stands still while the sandbox's runs past the token's end.
    const frozen = Date.now();
    const gateway = client({ fetch: counter.fetch, now: () => frozen });
    const created = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    sandbox.clock.advance(901_000);
    const read = await gateway.getPayment(created.id);
    expect(read.id).toBe(created.id);
    expect(counter.count("POST /v1/access-token")).toBe(2);
    expect(counter.count(`GET /v2/payments/${created.id}`)).toBe(2);
  });

  it("wrong credentials are a typed 401, asked for once", async () => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch, clientSecret: "not-the-secret" });
    const error = await caught(gateway.getPayment("anything"));
    expect(error).toMatchObject({
      status: 401,
      code: "credentials_invalid",
      type: "API_ERROR",
      retryable: false,
    });
    expect(counter.calls).toEqual(["POST /v1/access-token"]);
  });
});

describe("idempotent create", () => {
  it("the same X-REQUEST-ID and payload replays the first answer; another payload is 409", async () => {
    const gateway = client();
    const body = vaRequest();
    const key = requestId();
    const first = await gateway.createPayment(body, { requestId: key });
    // Same JSON value, keys in another order.
    const { redirectUrl, paymentMethodOptions, paymentMethod, amount, clientReferenceId } = body;
    const reordered = { redirectUrl, paymentMethodOptions, paymentMethod, amount, clientReferenceId };
    const replay = await gateway.createPayment(reordered, { requestId: key });
    expect(replay.id).toBe(first.id);
    expect(replay.chargeDetails[0]?.virtualAccount?.virtualAccountNumber).toBe(
      first.chargeDetails[0]?.virtualAccount?.virtualAccountNumber,
    );
    const listed = await gateway.listPayments({ clientReferenceId: body.clientReferenceId });
    expect(listed.pagination.totalItems).toBe(1);

    const conflict = await caught(
      gateway.createPayment({ ...body, amount: { value: 20_000, currency: "IDR" } }, { requestId: key }),
    );
    expect(conflict).toMatchObject({ status: 409, code: "idempotency_error", retryable: false });
  });

  it("a create whose answer was lost is retried with the same key and replays", async () => {
    let lost = false;
    const losing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!lost && init?.method === "POST" && String(input).endsWith("/v2/payments")) {
        lost = true;
        await response.arrayBuffer();
        throw new TypeError("fetch failed: connection reset");
      }
      return response;
    };
    const body = vaRequest();
    const created = await client({ fetch: losing }).createPayment(body, { requestId: requestId() });
    expect(lost).toBe(true);
    const listed = await client().listPayments({ clientReferenceId: body.clientReferenceId });
    expect(listed.items.map((item) => item.id)).toEqual([created.id]);
  });

  it("a second live session for one clientReferenceId is 409 duplicate_error", async () => {
    const gateway = client();
    const body = vaRequest();
    await gateway.createPayment(body, { requestId: requestId() });
    const duplicate = await caught(gateway.createPayment(body, { requestId: requestId() }));
    expect(duplicate).toMatchObject({ status: 409, code: "duplicate_error", type: "GATEWAY_ERROR" });
  });
});

describe("errors and injected faults", () => {
  const fault = (value: string) => ({ headers: { "X-Sandbox-Fault": value } });

  it("an unknown session is 404 resource_missing", async () => {
    const error = await caught(client().getPayment("00000000-0000-0000-0000-000000000000"));
    expect(error).toMatchObject({
      status: 404,
      code: "resource_missing",
      type: "GATEWAY_ERROR",
      retryable: false,
    });
  });

  it.each([
    ["500", "internal_error"],
    ["503", "service_unavailable"],
    ["429", "frequency_above_limit"],
  ])("a read answered %s is retried, then fails typed as %s", async (status, code) => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch });
    const error = await caught(gateway.getPayment("some-id", fault(status)));
    expect(error).toMatchObject({ status: Number(status), code, retryable: true });
    expect(counter.count("GET /v2/payments/some-id")).toBe(3);
  });

  it("a transient 503 on a create is retried and the create succeeds once", async () => {
    let failures = 1;
    const flaky: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      if (init?.method === "POST" && String(input).endsWith("/v2/payments") && failures > 0) {
        failures -= 1;
        headers.set("X-Sandbox-Fault", "503");
      }
      return fetch(input, { ...init, headers });
    };
    const body = vaRequest();
    const created = await client({ fetch: flaky }).createPayment(body, { requestId: requestId() });
    expect(created.status).toBe("REQUIRE_ACTION");
    expect((await client().listPayments({ clientReferenceId: body.clientReferenceId })).items).toHaveLength(
      1,
    );
  });

  it("confirm, cancel and simulate are not retried: a lost answer may hide a change", async () => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch });
    const error = await caught(gateway.cancelPayment("some-id", "DUPLICATED", fault("503")));
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(counter.count("POST /v2/payments/some-id/cancel")).toBe(1);
  });

  it("a gateway that hangs is cut off by the time-out on every attempt, and nothing hangs", async () => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch, timeoutMs: 200 });
    const started = Date.now();
    const error = await caught(gateway.getPayment("some-id", fault("hang")));
    expect(error).toMatchObject({ status: 0, code: "timeout", retryable: true });
    expect(counter.count("GET /v2/payments/some-id")).toBe(3);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("malformed JSON is an invalid_response, not retried", async () => {
    const counter = countingFetch();
    const gateway = client({ fetch: counter.fetch });
    const error = await caught(gateway.getPayment("some-id", fault("malformed")));
    expect(error).toMatchObject({ status: 200, code: "invalid_response", retryable: false });
    expect(counter.count("GET /v2/payments/some-id")).toBe(1);
  });

  it("an unreachable gateway is a network_error after the retries", async () => {
    const gateway = new HarsyaClient({
      baseUrl: "http://127.0.0.1:9/sandbox",
      clientId: "x",
      clientSecret: "y",
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    expect(await caught(gateway.getPayment("some-id"))).toMatchObject({
      status: 0,
      code: "network_error",
      retryable: true,
    });
  });

  it("drop-callback changes the state but sends nothing", async () => {
    const gateway = client();
    const created = await gateway.createPayment(vaRequest(), { requestId: requestId() });
    const before = receiver.received.length;
    await gateway.simulatePayment(
      { paymentSessionId: created.id, chargeStatus: "SUCCESS" },
      fault("drop-callback"),
    );
    await sandbox.settle();
    expect((await gateway.getPayment(created.id)).status).toBe("PAID");
    expect(receiver.received.length).toBe(before);
  });
});
