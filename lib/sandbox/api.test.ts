import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { listCallbacks } from "./callbacks";
import { handleSandboxRequest } from "./router";
import { SandboxSessionSchema } from "./session-object";
import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  testClock,
  type CallbackReceiver,
  type SandboxServer,
} from "./testing";

// The sandbox's HTTP API seen from the wire, without the client: exact envelopes, every error
// code, expiry on read, idempotency edges and the callback retry schedule.

const Envelope = z.object({ code: z.string(), message: z.string(), data: z.unknown().optional() });
const ErrorEnvelope = z.object({
  code: z.string(),
  message: z.string(),
  error: z.object({
    type: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })),
    traceId: z.string(),
  }),
});

describe.each(testDatabaseTargets())("sandbox API on $name", (target) => {
  let database: TestDatabase;
  let sandbox: SandboxServer;
  let receiver: CallbackReceiver;
  let accessToken = "";
  let sequence = 0;

  async function call(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; auth?: boolean } = {},
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${sandbox.baseUrl}${path}`, {
      method,
      headers: {
        "Content-Type": "application/json",
        ...(options.auth === false ? {} : { Authorization: `Bearer ${accessToken}` }),
        ...options.headers,
      },
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body),
    });
    const body: unknown = await response.json();
    return { status: response.status, body };
  }

  const session = (body: unknown) => SandboxSessionSchema.parse(Envelope.parse(body).data);
  const failure = (body: unknown) => ErrorEnvelope.parse(body);
  const fields = (body: unknown) =>
    failure(body)
      .error.details.map((detail) => detail.field)
      .sort();

  const reference = () => `API${Date.now()}x${(sequence += 1)}`;
  const vaBody = (overrides: Record<string, unknown> = {}) => ({
    clientReferenceId: reference(),
    amount: { value: 25_000, currency: "IDR" },
    paymentMethod: { type: "VIRTUAL_ACCOUNT" },
    paymentMethodOptions: { virtualAccount: { channel: "BNI" } },
    redirectUrl: {
      successReturnUrl: "https://shop.example/ok",
      failureReturnUrl: "https://shop.example/failed",
      expirationReturnUrl: "https://shop.example/expired",
    },
    ...overrides,
  });

  async function create(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const answer = await call("POST", "/v2/payments", { body, headers });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return session(answer.body);
  }

  async function token(headers: Record<string, string> = {}) {
    return call("POST", "/v1/access-token", {
      auth: false,
      headers: {
        "X-MERCHANT-ID": TEST_CREDENTIALS.clientId,
        "X-MERCHANT-SECRET": TEST_CREDENTIALS.clientSecret,
        ...headers,
      },
      body: { grantType: "client_credentials" },
    });
  }

  beforeAll(async () => {
    database = await target.open();
    receiver = await startCallbackReceiver();
    sandbox = await startSandboxServer({ db: database.db, callbackUrl: receiver.url, clock: testClock() });
  });

  afterAll(async () => {
    await sandbox?.settle();
    await sandbox?.close();
    await receiver?.close();
    await database?.close();
  });

  /** Sessions and tokens live on the sandbox's clock: after moving it, a fresh token is needed. */
  async function renewToken() {
    const answer = await token();
    accessToken = z.object({ accessToken: z.string() }).parse(Envelope.parse(answer.body).data).accessToken;
  }

  beforeEach(async () => {
    sandbox.clock.set(new Date());
    receiver.respondWith(() => 200);
    await renewToken();
  });

  describe("access token", () => {
    it("answers the documented envelope with a 900 s token", async () => {
      const answer = await token();
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        code: "00",
        message: "Success",
        data: {
          accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
          expiresIn: "900",
          tokenType: "Bearer",
        },
      });
    });

    it("issues shorter tokens on request, which then expire", async () => {
      const answer = await token({ "X-Sandbox-Token-Ttl": "5" });
      const short = z
        .object({ accessToken: z.string(), expiresIn: z.literal("5") })
        .parse(Envelope.parse(answer.body).data);
      accessToken = short.accessToken;
      expect((await call("GET", "/v2/payments")).status).toBe(200);
      sandbox.clock.advance(5_000);
      const expired = await call("GET", "/v2/payments");
      expect(expired.status).toBe(401);
      expect(failure(expired.body)).toMatchObject({
        code: "credentials_invalid",
        error: { type: "API_ERROR" },
      });
      expect((await token({ "X-Sandbox-Token-Ttl": "901" })).status).toBe(400);
    });

    it("refuses missing and wrong credentials, and a wrong grant type", async () => {
      const missing = await call("POST", "/v1/access-token", {
        auth: false,
        body: { grantType: "client_credentials" },
      });
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(["X-MERCHANT-ID", "X-MERCHANT-SECRET"]);

      const wrong = await token({ "X-MERCHANT-SECRET": "guess" });
      expect(wrong.status).toBe(401);
      expect(failure(wrong.body).code).toBe("credentials_invalid");

      const grant = await call("POST", "/v1/access-token", {
        auth: false,
        headers: {
          "X-MERCHANT-ID": TEST_CREDENTIALS.clientId,
          "X-MERCHANT-SECRET": TEST_CREDENTIALS.clientSecret,
        },
        body: { grantType: "password" },
      });
      expect(grant.status).toBe(400);
      expect(fields(grant.body)).toEqual(["grantType"]);
    });

    it("guards every other endpoint with the bearer token", async () => {
      for (const authorization of [undefined, "Bearer not-a-token", `Bearer ${accessToken}x`]) {
        const answer = await call("GET", "/v2/payments", {
          auth: false,
          headers: authorization ? { Authorization: authorization } : {},
        });
        expect(answer.status).toBe(401);
        expect(failure(answer.body).code).toBe("credentials_invalid");
      }
    });
  });

  describe("envelope and routing", () => {
    it("answers errors as {code, message, error{type, details, traceId}}", async () => {
      const answer = await call("GET", "/v2/payments/unknown-id");
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        code: "resource_missing",
        message: "No payment session with id unknown-id",
        error: { type: "GATEWAY_ERROR", details: [], traceId: expect.stringMatching(/^[0-9a-f]{32}$/) },
      });
    });

    it("404 not_found for unknown endpoints and 405 for a wrong method", async () => {
      expect(failure((await call("GET", "/v2/refunds")).body).code).toBe("not_found");
      const wrongMethod = await call("GET", "/v2/payments/simulations/x");
      expect(wrongMethod.status).toBe(404);
      expect((await call("DELETE", "/v2/payments")).status).toBe(405);
      expect((await call("GET", "/v1/access-token")).status).toBe(405);
    });

    it("answers 404 for everything when a real gateway is configured", async () => {
      const response = await handleSandboxRequest(
        new Request("http://localhost/sandbox/v1/access-token", { method: "POST" }),
        { ...sandbox.deps, enabled: false },
      );
      expect(response.status).toBe(404);
    });

    it("refuses bad JSON and unknown faults as validation errors", async () => {
      const bad = await call("POST", "/v2/payments", { body: "{not json" });
      expect(bad.status).toBe(400);
      expect(failure(bad.body).error.details).toEqual([
        { field: "", message: "the request body is not valid JSON" },
      ]);
      const fault = await call("GET", "/v2/payments", { headers: { "X-Sandbox-Fault": "explode" } });
      expect(fault.status).toBe(400);
      expect(fields(fault.body)).toEqual(["X-Sandbox-Fault"]);
    });
  });

  describe("create", () => {
    it("accepts a create without X-REQUEST-ID or with production's dashed shape, and refuses a malformed one", async () => {
      expect((await create(vaBody())).status).toBe("REQUIRE_ACTION");
      // The docs say letters and digits; integrations that work in production send dashes.
      expect((await create(vaBody(), { "X-REQUEST-ID": "202512031200-F4AZ" })).status).toBe("REQUIRE_ACTION");
      for (const key of ["short-0000", "has_underscores_000000", "x".repeat(37)]) {
        const malformed = await call("POST", "/v2/payments", {
          body: vaBody(),
          headers: { "X-REQUEST-ID": key },
        });
        expect(malformed.status).toBe(400);
        expect(failure(malformed.body).error.details).toEqual([
          { field: "X-REQUEST-ID", message: "must be 16 to 36 letters, digits and dashes" },
        ]);
      }
    });

    it("names missing and invalid fields as the request does", async () => {
      const empty = await call("POST", "/v2/payments", { body: {} });
      expect(empty.status).toBe(400);
      expect(failure(empty.body).error.details).toEqual(
        expect.arrayContaining([
          { field: "clientReferenceId", message: "is required" },
          { field: "amount", message: "is required" },
          { field: "redirectUrl", message: "is required" },
        ]),
      );

      const nested = await call("POST", "/v2/payments", {
        body: vaBody({
          amount: { value: 25_000.5, currency: "USD" },
          orderInformation: {
            productDetails: [{ type: "FOOD", quantity: 0, price: { value: 1, currency: "IDR" } }],
          },
          customer: { email: "not-an-email", phoneNumber: { countryCode: "+62", number: "0812" } },
          redirectUrl: { successReturnUrl: "ftp://nope" },
        }),
      });
      expect(fields(nested.body)).toEqual([
        "amount.currency",
        "amount.value",
        "customer.email",
        "customer.phoneNumber.number",
        "orderInformation.productDetails[0].quantity",
        "orderInformation.productDetails[0].type",
        "redirectUrl.successReturnUrl",
      ]);
    });

    it("applies the business rules: MULTIPLE, return URLs, customer, the method's expiry", async () => {
      const rules = await call("POST", "/v2/payments", {
        body: vaBody({
          paymentMethod: { type: "QR" },
          paymentType: "MULTIPLE",
          customerId: "c-1",
          customer: { email: "budi@example.com" },
          redirectUrl: { successReturnUrl: "https://shop.example/ok" },
          expiryAt: new Date(Date.now() + 31 * 24 * 3600 * 1000).toISOString(),
        }),
      });
      expect(rules.status).toBe(400);
      expect(failure(rules.body).error.details).toEqual(
        expect.arrayContaining([
          { field: "", message: "paymentType 'MULTIPLE' is only allowed when mode is set to 'API'" },
          { field: "customerId", message: "send either customerId or customer, not both" },
          { field: "redirectUrl.failureReturnUrl", message: "is required in REDIRECT mode" },
          { field: "redirectUrl.expirationReturnUrl", message: "is required in REDIRECT mode" },
          { field: "expiryAt", message: "must be at most 60 minutes ahead for QR" },
        ]),
      );
    });

    it("API mode has no paymentUrl nor bypassStatusPage; autoConfirm false with a bank waits for confirm", async () => {
      const created = await create(vaBody({ mode: "API", autoConfirm: false, redirectUrl: {} }));
      expect(created.status).toBe("REQUIRE_CONFIRMATION");
      expect(created).not.toHaveProperty("paymentUrl");
      expect(created).not.toHaveProperty("bypassStatusPage");
      expect(created.chargeDetails).toBeNull();
    });

    it("replays concurrent creates with one X-REQUEST-ID as one session", async () => {
      const body = vaBody();
      const headers = { "X-REQUEST-ID": `race${Date.now()}abcdefgh` };
      const answers = await Promise.all([1, 2, 3].map(() => call("POST", "/v2/payments", { body, headers })));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(new Set(answers.map((answer) => session(answer.body).id)).size).toBe(1);
    });

    it("remembers a key for 24 hours, then lets it be used again", async () => {
      const headers = { "X-REQUEST-ID": `day${Date.now()}abcdefghi` };
      await create(vaBody(), headers);
      expect((await call("POST", "/v2/payments", { body: vaBody(), headers })).status).toBe(409);
      sandbox.clock.advance(24 * 3600 * 1000 + 1000);
      await renewToken();
      expect((await call("POST", "/v2/payments", { body: vaBody(), headers })).status).toBe(200);
    });

    it("issues unique 16-digit numbers with the bank's prefix", async () => {
      const numbers = new Set<string>();
      for (let i = 0; i < 3; i += 1) {
        const created = await create(vaBody());
        const number = created.chargeDetails?.[0]?.virtualAccount?.virtualAccountNumber ?? "";
        expect(number).toMatch(/^8808\d{12}$/);
        numbers.add(number);
      }
      expect(numbers.size).toBe(3);
    });
  });

  describe("state machine", () => {
    it("reads a session past its expiry as EXPIRED, persists it and sends one callback", async () => {
      const created = await create(vaBody());
      sandbox.clock.advance(15 * 60 * 1000);
      await renewToken();
      const first = session((await call("GET", `/v2/payments/${created.id}`)).body);
      expect(first.status).toBe("EXPIRED");
      expect(first.chargeDetails?.[0]).toMatchObject({ status: "EXPIRED", failureCode: "CHARGE_EXPIRED" });
      const listed = await call("GET", `/v2/payments?clientReferenceId=${created.clientReferenceId}`);
      expect(Envelope.parse(listed.body).data).toMatchObject([{ id: created.id, status: "EXPIRED" }]);
      await sandbox.settle();
      const recorded = await listCallbacks(database.db, { sessionId: created.id });
      expect(recorded.map((callback) => [callback.event, callback.status])).toEqual([
        ["PAYMENT.EXPIRED", "DELIVERED"],
      ]);
    });

    it("lets a reference be used again once its session expired or was cancelled", async () => {
      const body = vaBody();
      const first = await create(body);
      expect((await call("POST", "/v2/payments", { body })).status).toBe(409);
      sandbox.clock.advance(16 * 60 * 1000);
      await renewToken();
      const second = await create(body);
      expect(second.id).not.toBe(first.id);
    });

    it("confirm: 422 with autoConfirm true, options nested in paymentMethod accepted", async () => {
      const auto = await create(vaBody({ paymentMethod: null, paymentMethodOptions: null }));
      const refused = await call("POST", `/v2/payments/${auto.id}/confirm`, {
        body: {
          paymentMethod: { type: "VIRTUAL_ACCOUNT" },
          paymentMethodOptions: { virtualAccount: { channel: "BRI" } },
        },
      });
      expect(refused.status).toBe(422);
      expect(failure(refused.body).code).toBe("invalid_state");

      const manual = await create(
        vaBody({ paymentMethod: null, paymentMethodOptions: null, autoConfirm: false }),
      );
      const missing = await call("POST", `/v2/payments/${manual.id}/confirm`, {
        body: { paymentMethod: { type: "VIRTUAL_ACCOUNT" } },
      });
      expect(fields(missing.body)).toEqual(["paymentMethodOptions"]);
      const nested = await call("POST", `/v2/payments/${manual.id}/confirm`, {
        body: {
          paymentMethod: {
            type: "VIRTUAL_ACCOUNT",
            paymentMethodOptions: { virtualAccount: { channel: "MANDIRI" } },
          },
        },
      });
      expect(nested.status).toBe(200);
      expect(session(nested.body).chargeDetails?.[0]?.virtualAccount?.virtualAccountNumber).toMatch(
        /^8950\d{12}$/,
      );
      const twice = await call("POST", `/v2/payments/${manual.id}/confirm`, {
        body: {
          paymentMethod: { type: "VIRTUAL_ACCOUNT" },
          paymentMethodOptions: { virtualAccount: { channel: "BRI" } },
        },
      });
      expect(twice.status).toBe(422);
    });

    it("simulation checks the amount, the state and the session", async () => {
      const open = await create(vaBody({ paymentMethod: null, paymentMethodOptions: null }));
      const noCharge = await call("POST", "/v2/payments/simulations", {
        body: { paymentSessionId: open.id, chargeStatus: "SUCCESS" },
      });
      expect(noCharge.status).toBe(422);

      const charged = await create(vaBody());
      const wrongAmount = await call("POST", "/v2/payments/simulations", {
        body: {
          paymentSessionId: charged.id,
          chargeStatus: "SUCCESS",
          amount: { value: 1, currency: "IDR" },
        },
      });
      expect(fields(wrongAmount.body)).toEqual(["amount.value"]);

      const paid = await call("POST", "/v2/payments/simulations", {
        body: { paymentSessionId: charged.id, chargeStatus: "SUCCESS" },
      });
      expect(paid.body).toEqual({ code: "00", message: "Success", data: { updated: "true" } });
      const late = await call("POST", "/v2/payments/simulations", {
        body: { paymentSessionId: charged.id, chargeStatus: "EXPIRED" },
      });
      expect(late.status).toBe(422);

      const unknown = await call("POST", "/v2/payments/simulations", {
        body: { paymentSessionId: "nope", chargeStatus: "SUCCESS" },
      });
      expect(failure(unknown.body).code).toBe("resource_missing");
    });

    it("lists newest first and validates paging", async () => {
      // Later than anything the other tests made.
      sandbox.clock.advance(10 * 24 * 3600 * 1000);
      await renewToken();
      const older = await create(vaBody());
      sandbox.clock.advance(1000);
      const newer = await create(vaBody());
      const page = await call("GET", "/v2/payments?page=1&perPage=2");
      expect(
        z
          .array(z.object({ id: z.string() }))
          .parse(Envelope.parse(page.body).data)
          .map((s) => s.id),
      ).toEqual([newer.id, older.id]);
      expect(page.body).toMatchObject({ pagination: { page: 1, perPage: 2 } });
      const bad = await call("GET", "/v2/payments?page=0&perPage=101");
      expect(fields(bad.body)).toEqual(["page", "perPage"]);
    });
  });

  describe("hostile input", () => {
    it("refuses NUL and broken Unicode in ids, queries and bodies, naming the field", async () => {
      const expectField = async (answer: Promise<{ status: number; body: unknown }>, field: string) => {
        const { status, body } = await answer;
        expect(status, JSON.stringify(body)).toBe(400);
        expect(fields(body)).toEqual([field]);
      };
      const cancel = { cancellationReason: "DUPLICATED" };
      await expectField(call("GET", "/v2/payments/%00"), "id");
      await expectField(call("GET", "/v2/payments/abc%00def"), "id");
      await expectField(call("POST", "/v2/payments/%00/cancel", { body: cancel }), "id");
      await expectField(call("POST", "/v2/payments/%00/confirm", { body: {} }), "id");
      await expectField(call("GET", `/v2/payments/${"x".repeat(256)}`), "id");
      await expectField(call("GET", "/v2/payments?clientReferenceId=%00"), "clientReferenceId");
      await expectField(
        call("POST", "/v2/payments/simulations", {
          body: { paymentSessionId: "\u0000", chargeStatus: "SUCCESS" },
        }),
        "paymentSessionId",
      );
      await expectField(
        call("POST", "/v2/payments", { body: vaBody({ statementDescriptor: "a\u0000" }) }),
        "statementDescriptor",
      );
      await expectField(
        call("POST", "/v2/payments", { body: vaBody({ metadata: { a: ["\ud800"] } }) }),
        "metadata",
      );
      await expectField(
        call("POST", "/v2/payments", {
          body: vaBody({
            paymentMethodOptions: { virtualAccount: { channel: "BNI", virtualAccountName: "\u0000" } },
          }),
        }),
        "paymentMethodOptions.virtualAccount.virtualAccountName",
      );
      const open = await create(vaBody({ autoConfirm: false, paymentMethodOptions: undefined }));
      await expectField(
        call("POST", `/v2/payments/${open.id}/confirm`, {
          body: {
            paymentMethod: { type: "VIRTUAL_ACCOUNT" },
            paymentMethodOptions: { virtualAccount: { channel: "BCA", virtualAccountName: "Budi\u0000" } },
          },
        }),
        "paymentMethodOptions.virtualAccount.virtualAccountName",
      );
    });

    it("bounds every number: pages, amounts and quantities", async () => {
      const tooFar = await call("GET", "/v2/payments?page=2147483648");
      expect(tooFar.status).toBe(400);
      expect(fields(tooFar.body)).toEqual(["page"]);
      const huge = await call("POST", "/v2/payments", {
        body: vaBody({ amount: { value: 1e15, currency: "IDR" } }),
      });
      expect(failure(huge.body).error.details).toEqual([
        { field: "amount.value", message: "must be at most 999999999999" },
      ]);
      const many = await call("POST", "/v2/payments", {
        body: vaBody({
          orderInformation: {
            productDetails: [
              { type: "PHYSICAL", quantity: 2 ** 31, price: { value: 25_000, currency: "IDR" } },
            ],
          },
        }),
      });
      expect(fields(many.body)).toEqual(["orderInformation.productDetails[0].quantity"]);
    });
  });

  describe("callbacks", () => {
    async function paidCallbacks(headers: Record<string, string> = {}) {
      const created = await create(vaBody());
      const before = receiver.received.length;
      await call("POST", "/v2/payments/simulations", {
        body: { paymentSessionId: created.id, chargeStatus: "SUCCESS" },
        headers,
      });
      await sandbox.settle();
      return { created, sent: receiver.received.slice(before) };
    }

    it("retries 503 and 429 on schedule until delivered", async () => {
      const before = receiver.received.length;
      receiver.respondWith((attempt) => [503, 429][attempt - before] ?? 200);
      const { created, sent } = await paidCallbacks();
      expect(sent).toHaveLength(3);
      const [record] = await listCallbacks(database.db, { sessionId: created.id });
      expect(record).toMatchObject({ event: "PAYMENT.PAID", status: "DELIVERED", url: receiver.url });
      expect(record?.attempts.map((attempt) => attempt.httpStatus)).toEqual([503, 429, 200]);
    });

    it("does not retry other 4xx answers", async () => {
      receiver.respondWith(() => 404);
      const { created, sent } = await paidCallbacks();
      expect(sent).toHaveLength(1);
      const [record] = await listCallbacks(database.db, { sessionId: created.id });
      expect(record).toMatchObject({ status: "FAILED", attempts: [{ httpStatus: 404 }] });
    });

    it("gives up after the last scheduled attempt", async () => {
      receiver.respondWith(() => 500);
      const { created, sent } = await paidCallbacks();
      expect(sent).toHaveLength(4);
      const [record] = await listCallbacks(database.db, { sessionId: created.id });
      expect(record?.status).toBe("FAILED");
      expect(record?.nextAttemptAt).toBeNull();
    });

    it("records a dropped callback without sending it", async () => {
      const { created, sent } = await paidCallbacks({ "X-Sandbox-Fault": "drop-callback" });
      expect(sent).toHaveLength(0);
      const [record] = await listCallbacks(database.db, { sessionId: created.id });
      expect(record).toMatchObject({ event: "PAYMENT.PAID", status: "DROPPED", attempts: [] });
    });
  });
});
