import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { isTestCallback, PaymentCallback, PaymentSessionSchema } from "@/lib/harsya/session";
import { listCallbacks } from "./callbacks";
import { checkQrisPayload } from "./qris";
import { SandboxSessionSchema } from "./session-object";
import { sendTestCallback } from "./test-callback";
import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  testClock,
  type CallbackReceiver,
  type SandboxServer,
} from "./testing";

// QR, e-wallet and card sessions through the sandbox's HTTP API: create and confirm per method
// (harsya-api.md §4.1, §4.2), the per-method limits, the documented simulation (§10.1) and the
// callbacks each sends (§7.2). The hosted page's own steps are in hosted-methods.test.ts.

const Envelope = z.object({ code: z.string(), message: z.string(), data: z.unknown().optional() });
const ErrorEnvelope = z.object({
  code: z.string(),
  error: z.object({ details: z.array(z.object({ field: z.string(), message: z.string() })) }),
});

let database: TestDatabase;
let sandbox: SandboxServer;
let receiver: CallbackReceiver;
let accessToken = "";
let sequence = 0;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const session = (body: unknown) => SandboxSessionSchema.parse(Envelope.parse(body).data);
const details = (body: unknown) => ErrorEnvelope.parse(body).error.details;

function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    clientReferenceId: `MTH${(sequence += 1)}`,
    amount: { value: 150_000, currency: "IDR" },
    redirectUrl: {
      successReturnUrl: "https://shop.example/ok",
      failureReturnUrl: "https://shop.example/failed",
      expirationReturnUrl: "https://shop.example/expired",
    },
    customer: { givenName: "Budi", surname: "Santoso", email: "budi@example.com" },
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown>) {
  const answer = await call("POST", "/v2/payments", sessionBody(overrides));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return session(answer.body);
}

async function refusal(overrides: Record<string, unknown>) {
  const answer = await call("POST", "/v2/payments", sessionBody(overrides));
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  return details(answer.body);
}

const minutes = (count: number) => new Date(sandbox.clock.now().getTime() + count * 60_000).toISOString();

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

beforeEach(async () => {
  sandbox.clock.set(new Date());
  const answer = await call(
    "POST",
    "/v1/access-token",
    { grantType: "client_credentials" },
    {
      "X-MERCHANT-ID": TEST_CREDENTIALS.clientId,
      "X-MERCHANT-SECRET": TEST_CREDENTIALS.clientSecret,
    },
  );
  accessToken = z.object({ accessToken: z.string() }).parse(Envelope.parse(answer.body).data).accessToken;
});

describe("QR", () => {
  it("with autoConfirm issues a dynamic QRIS charge at once: qrContent, a working qrUrl, its own expiry", async () => {
    const created = await create({
      paymentMethod: { type: "QR" },
      paymentMethodOptions: { qr: { expiryAt: minutes(20) } },
      expiryAt: minutes(45),
    });
    expect(created).toMatchObject({ status: "REQUIRE_ACTION", paymentMethod: { type: "QR" } });
    const [charge] = created.chargeDetails ?? [];
    expect(charge).toMatchObject({
      status: "WAITING_FOR_USER_ACTION",
      qr: { acquirer: "BNC", qrType: "DYNAMIC", issuerName: "", merchantName: "Test Store" },
    });
    expect(charge?.virtualAccount).toBeUndefined();
    const qr = charge?.qr;
    expect(checkQrisPayload(qr?.qrContent ?? "")).toMatchObject({ ok: true });
    expect(qr?.qrContent).toContain("5406150000");
    expect(qr?.retrievalReferenceNumber).toMatch(/^\d{12}$/);
    // The QR's expiry is its own: earlier than the session's here.
    expect(qr?.expiryAt).toBe(minutes(20).replace(/\.\d{3}Z$/, "Z"));
    expect(Date.parse(qr?.expiryAt ?? "")).toBeLessThan(Date.parse(created.expiryAt));

    expect(qr?.qrUrl).toBe(`${sandbox.baseUrl}/qr/${charge?.id}.png`);
    const image = await fetch(qr?.qrUrl ?? "");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect((await fetch(`${sandbox.baseUrl}/qr/00000000-0000-0000-0000-000000000000.png`)).status).toBe(404);
    expect((await fetch(`${sandbox.baseUrl}/qr/not-a-charge.png`)).status).toBe(404);
  });

  it("the client reads the charge's qr details", async () => {
    const created = await create({ paymentMethod: { type: "QR" }, paymentMethodOptions: { qr: {} } });
    const read = PaymentSessionSchema.parse(created);
    expect(read.chargeDetails[0]?.qr).toMatchObject({ acquirer: "BNC", qrType: "DYNAMIC" });
    expect(read.chargeDetails[0]?.qr?.expiryAt).toEqual(read.expiryAt);
  });

  it("expires when its QR does, before the session's own time", async () => {
    const created = await create({
      paymentMethod: { type: "QR" },
      paymentMethodOptions: { qr: { expiryAt: minutes(5) } },
      expiryAt: minutes(30),
    });
    sandbox.clock.advance(5 * 60_000);
    const read = session((await call("GET", `/v2/payments/${created.id}`)).body);
    expect(read.status).toBe("EXPIRED");
    expect(read.chargeDetails?.[0]).toMatchObject({
      status: "EXPIRED",
      failureCode: "CHARGE_EXPIRED",
      failureMessage: "QR payment failed: QR expired",
    });
  });

  it("takes 1,000 rupiah, at most 9,999,999, and at most 60 minutes (refused, not clamped)", async () => {
    expect(
      (await create({ paymentMethod: { type: "QR" }, amount: { value: 1_000, currency: "IDR" } })).status,
    ).toBe("REQUIRE_ACTION");
    expect(
      await refusal({ paymentMethod: { type: "QR" }, amount: { value: 10_000_000, currency: "IDR" } }),
    ).toEqual([{ field: "amount.value", message: "must be at most 9999999 for QR" }]);
    expect(await refusal({ paymentMethod: { type: "QR" }, expiryAt: minutes(61) })).toEqual([
      { field: "expiryAt", message: "must be at most 60 minutes ahead for QR" },
    ]);
    expect(
      await refusal({
        paymentMethod: { type: "QR" },
        paymentMethodOptions: { qr: { expiryAt: minutes(20) } },
        expiryAt: minutes(10),
      }),
    ).toEqual([
      { field: "paymentMethodOptions.qr.expiryAt", message: "must not be later than the session's expiryAt" },
    ]);
  });

  it("simulation (§10.1) pays it and the callback carries the QR charge", async () => {
    const created = await create({ paymentMethod: { type: "QR" } });
    const before = receiver.received.length;
    const paid = await call("POST", "/v2/payments/simulations", {
      paymentSessionId: created.id,
      chargeStatus: "SUCCESS",
    });
    expect(paid.body).toEqual({ code: "00", message: "Success", data: { updated: "true" } });
    await sandbox.settle();
    const [delivered] = receiver.received.slice(before);
    const callback = PaymentCallback.parse(delivered?.body);
    expect(callback.event).toBe("PAYMENT.PAID");
    expect(callback.data).toMatchObject({
      status: "PAID",
      paymentMethod: { type: "QR" },
      chargeDetails: [{ status: "SUCCESS", qr: { qrType: "DYNAMIC" } }],
    });
  });
});

describe("EWALLET", () => {
  it("with autoConfirm issues a wallet charge that waits for the shopper; REDIRECT points at the page", async () => {
    const created = await create({
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: { channel: "SHOPEEPAY" } },
    });
    expect(created).toMatchObject({
      status: "REQUIRE_ACTION",
      paymentMethod: { type: "EWALLET" },
      chargeDetails: [{ status: "WAITING_FOR_USER_ACTION", ewallet: { channel: "SHOPEEPAY" } }],
    });
    expect(created.paymentUrl).toMatch(new RegExp(`^${sandbox.baseUrl}/pay\\?token=`));
  });

  it("in API mode answers a paymentUrl too: the sandbox's page stands in for the wallet's deeplink", async () => {
    const created = await create({
      mode: "API",
      redirectUrl: {},
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: { channel: "DANA" } },
    });
    expect(created.paymentUrl).toMatch(new RegExp(`^${sandbox.baseUrl}/pay\\?token=`));
    expect(created).not.toHaveProperty("bypassStatusPage");
  });

  it("OVO with the account's number named up front waits for its approval, E.164 in the charge", async () => {
    const created = await create({
      paymentMethod: { type: "EWALLET", ewallet: { accountIdentifier: "0811-1111-001" } },
      paymentMethodOptions: { ewallet: { channel: "OVO" } },
    });
    expect(created.chargeDetails?.[0]).toMatchObject({
      status: "WAITING_FOR_AUTHENTICATION",
      ewallet: {
        channel: "OVO",
        accountInformations: { mobileNumber: "+628111111001", name: "Budi Santoso" },
      },
    });
  });

  it("needs a channel, a mobile number, 10,000 to 9,999,999 rupiah and at most 30 minutes", async () => {
    expect(await refusal({ paymentMethod: { type: "EWALLET" } })).toEqual([
      {
        field: "paymentMethodOptions.ewallet.channel",
        message: "is required when paymentMethod.type is EWALLET and autoConfirm is true",
      },
    ]);
    const fields = await refusal({
      paymentMethod: { type: "EWALLET", ewallet: { accountIdentifier: "021-555-1234" } },
      paymentMethodOptions: { ewallet: { channel: "OVO", expiryAt: minutes(25) } },
      amount: { value: 5_000, currency: "IDR" },
      expiryAt: minutes(31),
    });
    expect(fields).toEqual([
      {
        field: "paymentMethod.ewallet.accountIdentifier",
        message: "must be an Indonesian mobile number, e.g. 08111111001",
      },
      { field: "amount.value", message: "must be at least 10000 for EWALLET" },
      { field: "expiryAt", message: "must be at most 30 minutes ahead for EWALLET" },
    ]);
    expect(
      await refusal({
        paymentMethod: { type: "EWALLET" },
        paymentMethodOptions: { ewallet: { channel: "GOPAY" } },
      }),
    ).toEqual([
      { field: "paymentMethodOptions.ewallet.channel", message: "must be one of DANA, SHOPEEPAY, OVO" },
    ]);
  });

  it("simulation pays, fails or expires it, with callbacks naming the wallet", async () => {
    for (const [chargeStatus, status, event] of [
      ["SUCCESS", "PAID", "PAYMENT.PAID"],
      ["FAILED", "CANCELLED", "PAYMENT.CANCELLED"],
      ["EXPIRED", "EXPIRED", "PAYMENT.EXPIRED"],
    ] as const) {
      const created = await create({
        paymentMethod: { type: "EWALLET" },
        paymentMethodOptions: { ewallet: { channel: "DANA" } },
      });
      await call("POST", "/v2/payments/simulations", { paymentSessionId: created.id, chargeStatus });
      const read = session((await call("GET", `/v2/payments/${created.id}`)).body);
      expect(read.status).toBe(status);
      expect(read.chargeDetails?.[0]?.ewallet?.channel).toBe("DANA");
      await sandbox.settle();
      const [callback] = await listCallbacks(database.db, { sessionId: created.id });
      expect(callback?.event).toBe(event);
    }
  });
});

describe("CARD", () => {
  it("with autoConfirm waits on the hosted page for the card; no card data in the session", async () => {
    const created = await create({
      paymentMethod: { type: "CARD" },
      paymentMethodOptions: { card: { threeDsMethod: "AUTOMATIC", captureMethod: "automatic" } },
    });
    expect(created).toMatchObject({
      status: "REQUIRE_ACTION",
      paymentMethod: { type: "CARD" },
      chargeDetails: [{ status: "WAITING_FOR_USER_ACTION" }],
    });
    expect(created.chargeDetails?.[0]?.card).toBeUndefined();
    expect(created.paymentUrl).toMatch(/\/pay\?token=/);
  });

  it("refuses raw or encrypted cards, API mode and manual capture (not emulated)", async () => {
    expect(
      await refusal({
        mode: "API",
        redirectUrl: {},
        paymentMethod: { type: "CARD", card: { number: "4440000112200001", cvc: "123" } },
        paymentMethodOptions: { card: { captureMethod: "MANUAL" } },
      }),
    ).toEqual([
      {
        field: "paymentMethod.card",
        message:
          "the sandbox takes card details on its hosted payment page only (no raw, encrypted or tokenised cards)",
      },
      {
        field: "paymentMethodOptions.card.captureMethod",
        message: "manual capture is not emulated by the sandbox",
      },
      { field: "mode", message: "CARD is emulated on the hosted payment page only: use REDIRECT" },
    ]);
  });

  it("allows 30 days and is not simulated through the API (the test cards are)", async () => {
    expect((await create({ paymentMethod: { type: "CARD" }, expiryAt: minutes(30 * 24 * 60) })).status).toBe(
      "REQUIRE_ACTION",
    );
    expect(await refusal({ paymentMethod: { type: "CARD" }, expiryAt: minutes(30 * 24 * 60 + 1) })).toEqual([
      { field: "expiryAt", message: "must be at most 30 days ahead for CARD" },
    ]);
    const created = await create({ paymentMethod: { type: "CARD" } });
    const simulated = await call("POST", "/v2/payments/simulations", {
      paymentSessionId: created.id,
      chargeStatus: "SUCCESS",
    });
    expect(simulated.status).toBe(400);
    expect(details(simulated.body)[0]?.field).toBe("paymentSessionId");
  });
});

describe("confirm (§4.2) per method", () => {
  const manual = () => create({ autoConfirm: false });

  it("issues a QR, a wallet charge or a card charge; options beside or inside paymentMethod", async () => {
    const qr = session(
      (
        await call("POST", `/v2/payments/${(await manual()).id}/confirm`, {
          paymentMethod: { type: "QR" },
          paymentMethodOptions: { qr: {} },
        })
      ).body,
    );
    expect(qr).toMatchObject({ status: "REQUIRE_ACTION", paymentMethod: { type: "QR" } });
    expect(checkQrisPayload(qr.chargeDetails?.[0]?.qr?.qrContent ?? "").ok).toBe(true);

    const wallet = session(
      (
        await call("POST", `/v2/payments/${(await manual()).id}/confirm`, {
          paymentMethod: { type: "EWALLET", paymentMethodOptions: { ewallet: { channel: "OVO" } } },
        })
      ).body,
    );
    expect(wallet.chargeDetails?.[0]).toMatchObject({
      status: "WAITING_FOR_USER_ACTION",
      ewallet: { channel: "OVO" },
    });

    const card = session(
      (
        await call("POST", `/v2/payments/${(await manual()).id}/confirm`, {
          paymentMethod: { type: "CARD" },
          paymentMethodOptions: { card: { threeDsMethod: "CHALLENGE" } },
        })
      ).body,
    );
    expect(card).toMatchObject({ status: "REQUIRE_ACTION", paymentMethod: { type: "CARD" } });
  });

  it("refuses a wallet without its channel and a method the amount does not suit", async () => {
    const open = await manual();
    const noChannel = await call("POST", `/v2/payments/${open.id}/confirm`, {
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: {} },
    });
    expect(details(noChannel.body)).toEqual([
      { field: "paymentMethodOptions.ewallet.channel", message: "is required" },
    ]);

    const large = await create({ autoConfirm: false, amount: { value: 20_000_000, currency: "IDR" } });
    const tooMuch = await call("POST", `/v2/payments/${large.id}/confirm`, {
      paymentMethod: { type: "QR" },
      paymentMethodOptions: {},
    });
    expect(tooMuch.status).toBe(400);
    expect(details(tooMuch.body)).toEqual([
      { field: "paymentMethod.type", message: "QR takes 1000 to 9999999; this session is for 20000000" },
    ]);
  });

  it("keeps the method of an autoConfirm false create and confirms it later", async () => {
    const pending = await create({
      autoConfirm: false,
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: { channel: "DANA" } },
    });
    expect(pending).toMatchObject({
      status: "REQUIRE_CONFIRMATION",
      paymentMethod: { type: "EWALLET" },
      chargeDetails: null,
    });
  });
});

describe("a session without a method", () => {
  it("takes any amount some method takes (QR's 1,000 upwards) and lasts up to 30 days", async () => {
    expect((await create({ amount: { value: 1_000, currency: "IDR" } })).status).toBe(
      "REQUIRE_PAYMENT_METHOD",
    );
    expect(await refusal({ amount: { value: 999, currency: "IDR" } })).toEqual([
      { field: "amount.value", message: "must be at least 1000" },
    ]);
    expect(await refusal({ expiryAt: minutes(30 * 24 * 60 + 1) })).toEqual([
      { field: "expiryAt", message: "must be at most 30 days ahead" },
    ]);
  });
});

describe("the test callback", () => {
  it("posts the dashboard's {event: PAYMENT.TEST, data: {}} with the X-API-Key, and logs it", async () => {
    const before = receiver.received.length;
    await sendTestCallback(sandbox.deps);
    await sandbox.settle();
    const [delivered] = receiver.received.slice(before);
    expect(delivered?.body).toEqual({ event: "PAYMENT.TEST", data: {} });
    expect(delivered?.headers["x-api-key"]).toBe(TEST_CREDENTIALS.callbackApiKey);
    expect(isTestCallback(PaymentCallback.parse(delivered?.body))).toBe(true);
    const [logged] = await listCallbacks(database.db, { limit: 1 });
    expect(logged).toMatchObject({
      event: "PAYMENT.TEST",
      status: "DELIVERED",
      sessionId: expect.stringMatching(/^test-/),
    });
  });
});
