import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { listCallbacks } from "./callbacks";
import {
  authenticateCard,
  awaitsThreeDs,
  chooseMethodOnPage,
  loadPaymentPage,
  RESULT_PATH,
  simulateOnPage,
  submitCard,
  submitWalletOtp,
  submitWalletPhone,
  THREE_DS_PATH,
} from "./hosted-page";
import { createPayment } from "./payments";
import type { ChangeContext } from "./sessions";
import { SandboxSessionSchema } from "./session-object";
import { startSandboxServer, type SandboxServer } from "./testing";

// The hosted page's wallet and card steps, called as its server actions call them: the documented
// test numbers and cards (harsya-api.md §10.3), bad input, and what is (not) kept of a card.

let database: TestDatabase;
let sandbox: SandboxServer;
let sequence = 0;

const RESULT = (token: string) => `${RESULT_PATH}?token=${token}`;
const PAGE = (token: string) => `/sandbox/pay?token=${token}`;

async function session(overrides: Record<string, unknown> = {}) {
  const context: ChangeContext = {
    deps: sandbox.deps,
    db: database.db,
    clientId: sandbox.deps.clientId,
    dropCallbacks: false,
  };
  const answer = await createPayment(
    context,
    {
      clientReferenceId: `HM${(sequence += 1)}`,
      amount: { value: 150_000, currency: "IDR" },
      redirectUrl: {
        successReturnUrl: "https://shop.example/payment/success?order=1",
        failureReturnUrl: "https://shop.example/payment/failure?order=1",
        expirationReturnUrl: "https://shop.example/payment/expiration?order=1",
      },
      ...overrides,
    },
    null,
  );
  const created = SandboxSessionSchema.parse(z.object({ data: z.unknown() }).parse(answer.body).data);
  const token = new URL(created.paymentUrl ?? "").searchParams.get("token") ?? "";
  return { created, token };
}

const wallet = (channel: string, extra: Record<string, unknown> = {}) =>
  session({
    paymentMethod: { type: "EWALLET", ...extra },
    paymentMethodOptions: { ewallet: { channel } },
  });
const cardSession = (threeDsMethod?: string) =>
  session({
    paymentMethod: { type: "CARD" },
    paymentMethodOptions: { card: threeDsMethod ? { threeDsMethod } : {} },
  });
const page = async (token: string) => {
  const loaded = await loadPaymentPage(sandbox.deps, token);
  if (!loaded) throw new Error("no page");
  return loaded;
};
const goodCard = { expiry: "12/35", cvv: "123", name: "Budi Santoso" };

beforeAll(async () => {
  database = await openTestPglite();
  sandbox = await startSandboxServer({ db: database.db, callbackUrl: "http://127.0.0.1:9/webhook" });
});

afterAll(async () => {
  await sandbox?.settle();
  await sandbox?.close();
  await database?.close();
});

beforeEach(() => {
  sandbox.clock.set(new Date());
});

describe("e-wallet on the page", () => {
  it("refuses a number that is not an Indonesian mobile, and changes nothing", async () => {
    const { token } = await wallet("DANA");
    for (const phone of ["", "021 555 1234", "+65 8123 4567"]) {
      expect(await submitWalletPhone(sandbox.deps, token, phone)).toEqual({
        ok: false,
        errors: { phone: "Enter an Indonesian mobile number, e.g. 0811 1111 001." },
      });
    }
    expect((await page(token)).charge?.status).toBe("WAITING_FOR_USER_ACTION");
  });

  it("phone, then a wrong OTP (retry, nothing changes), then 000000: 08111111001 is paid", async () => {
    const { created, token } = await wallet("DANA");
    expect(await submitWalletPhone(sandbox.deps, token, "0811 1111 001")).toEqual({
      ok: true,
      next: PAGE(token),
    });
    expect((await page(token)).charge).toMatchObject({
      status: "WAITING_FOR_AUTHENTICATION",
      ewallet: { channel: "DANA", accountInformations: { mobileNumber: "+628111111001" } },
    });
    expect(await submitWalletOtp(sandbox.deps, token, "123456")).toEqual({
      ok: false,
      errors: { otp: "Wrong code. Try again." },
    });
    expect((await page(token)).session.status).toBe("REQUIRE_ACTION");
    expect(await submitWalletOtp(sandbox.deps, token, "000000")).toEqual({ ok: true, next: RESULT(token) });
    const paid = await page(token);
    expect(paid.session.status).toBe("PAID");
    expect(paid.charge).toMatchObject({ status: "SUCCESS", isCaptured: true });
    await sandbox.settle();
    expect((await listCallbacks(database.db, { sessionId: created.id })).map((c) => c.event)).toEqual([
      "PAYMENT.PAID",
    ]);
  });

  it("follows the other test numbers: processing, failed, expired", async () => {
    const cases = [
      ["08111111002", "PROCESSING", "PROCESSING", "PAYMENT.PROCESSING"],
      ["08111111003", "CANCELLED", "FAILED", "PAYMENT.CANCELLED"],
      ["08111111004", "EXPIRED", "EXPIRED", "PAYMENT.EXPIRED"],
    ] as const;
    for (const [phone, sessionStatus, chargeStatus, event] of cases) {
      const { created, token } = await wallet("SHOPEEPAY");
      await submitWalletPhone(sandbox.deps, token, phone);
      const done = await submitWalletOtp(sandbox.deps, token, "000000");
      // A payment still processing keeps the shopper on the page, which says so.
      expect(done).toEqual({ ok: true, next: sessionStatus === "PROCESSING" ? PAGE(token) : RESULT(token) });
      const after = await page(token);
      expect(after.session.status, phone).toBe(sessionStatus);
      expect(after.charge?.status, phone).toBe(chargeStatus);
      await sandbox.settle();
      expect((await listCallbacks(database.db, { sessionId: created.id }))[0]?.event).toBe(event);
    }
    const failed = await wallet("DANA");
    await submitWalletPhone(sandbox.deps, failed.token, "08111111003");
    await submitWalletOtp(sandbox.deps, failed.token, "000000");
    expect((await page(failed.token)).session).toMatchObject({
      cancellationReason: "CHARGE_FAILED",
      chargeDetails: [
        {
          failureCode: "INSUFFICIENT_FUND",
          failureMessage: "EWALLET payment failed: insufficient balance",
          recommendation: expect.any(String),
        },
      ],
    });
  });

  it("OVO with the number sent at create skips the phone step; 08111111003 fails", async () => {
    const { token } = await wallet("OVO", { ewallet: { accountIdentifier: "08111111003" } });
    expect((await page(token)).charge?.status).toBe("WAITING_FOR_AUTHENTICATION");
    // The phone step is over: another number is not taken.
    await submitWalletPhone(sandbox.deps, token, "08111111001");
    expect((await page(token)).charge?.ewallet?.accountInformations?.mobileNumber).toBe("+628111111003");
    await submitWalletOtp(sandbox.deps, token, "000000");
    expect((await page(token)).session.status).toBe("CANCELLED");
  });

  it("a processing payment can still be settled by the page's simulate buttons", async () => {
    const { token } = await wallet("DANA");
    await submitWalletPhone(sandbox.deps, token, "08111111002");
    await submitWalletOtp(sandbox.deps, token, "000000");
    expect(await simulateOnPage(sandbox.deps, token, "SUCCESS", { dropCallback: false })).toBe(RESULT(token));
    expect((await page(token)).session.status).toBe("PAID");
  });
});

describe("card on the page", () => {
  it("refuses a Luhn-invalid number, a past expiry and a short CVV, and changes nothing", async () => {
    const { token } = await cardSession();
    const answer = await submitCard(sandbox.deps, token, {
      number: "4440000112200002",
      expiry: "01/20",
      cvv: "12",
    });
    expect(answer).toEqual({
      ok: false,
      errors: {
        number: "This card number is not valid. Check it for typos.",
        expiry: "This card has expired.",
        cvv: "The CVV is the 3 digits on the back of the card.",
      },
    });
    expect((await page(token)).charge).toMatchObject({ status: "WAITING_FOR_USER_ACTION" });
    expect((await page(token)).charge?.card).toBeUndefined();
  });

  it("a frictionless card is paid at once; the charge keeps brand, first 6 and last 4 only", async () => {
    const { created, token } = await cardSession();
    expect(await submitCard(sandbox.deps, token, { number: "4440 0001 1220 0001", ...goodCard })).toEqual({
      ok: true,
      next: RESULT(token),
    });
    const paid = await page(token);
    expect(paid.session.status).toBe("PAID");
    expect(paid.charge).toMatchObject({
      status: "SUCCESS",
      card: {
        first6: "444000",
        last4: "0001",
        binInformations: { brand: "VISA" },
        authenticationResult: { threeDsMethod: "FRICTIONLESS", threeDsResult: "AUTHENTICATED" },
      },
    });
    // Neither the full number nor the CVV is anywhere in the sandbox's tables.
    const stored = await database.db.execute(sql`
      select s.data::text || coalesce(s.method_options::text, '') || coalesce(string_agg(c.payload::text, ''), '') as text
      from sandbox_sessions s left join sandbox_callbacks c on c.session_id = s.id
      where s.id = ${created.id} group by s.id`);
    const text =
      z.object({ rows: z.array(z.object({ text: z.string() })) }).parse(stored).rows[0]?.text ?? "";
    expect(text).toContain("444000");
    expect(text).not.toContain("4440000112200001");
    expect(text).not.toContain("Budi Santoso");
    expect(text).not.toMatch(/"cvv"|"cvc"|"number"/);
  });

  it("a challenge card waits on the mock 3-D Secure page, then Authenticate pays it", async () => {
    const { token } = await cardSession();
    expect(await submitCard(sandbox.deps, token, { number: "5550000112220002", ...goodCard })).toEqual({
      ok: true,
      next: `${THREE_DS_PATH}?token=${token}`,
    });
    const waiting = await page(token);
    expect(awaitsThreeDs(waiting)).toBe(true);
    expect(waiting.session.status).toBe("REQUIRE_ACTION");
    expect(waiting.charge).toMatchObject({
      status: "WAITING_FOR_AUTHENTICATION",
      card: { first6: "555000", last4: "0002", binInformations: { brand: "MASTERCARD" } },
    });
    expect(await authenticateCard(sandbox.deps, token)).toBe(RESULT(token));
    const paid = await page(token);
    expect(paid.session.status).toBe("PAID");
    expect(paid.charge?.card?.authenticationResult?.threeDsMethod).toBe("CHALLENGE");
    expect(awaitsThreeDs(paid)).toBe(false);
    // A second press changes nothing.
    expect(await authenticateCard(sandbox.deps, token)).toBe(PAGE(token));
  });

  it("a failure card passes the 3-D Secure page, then fails with its code, message and recommendation", async () => {
    const { created, token } = await cardSession();
    await submitCard(sandbox.deps, token, { number: "3550000334450002", ...goodCard });
    expect(await authenticateCard(sandbox.deps, token)).toBe(RESULT(token));
    const failed = await page(token);
    expect(failed.session).toMatchObject({ status: "CANCELLED", cancellationReason: "CHARGE_FAILED" });
    expect(failed.charge).toMatchObject({
      status: "FAILED",
      failureCode: "DECLINED_BY_CHANNEL",
      failureMessage: "CARD payment failed: card already expired",
      recommendation: "Ask the customer to pay with another card or payment method.",
      card: { binInformations: { brand: "JCB" }, last4: "0002" },
    });
    expect(failed.returnUrl).toBe("https://shop.example/payment/failure?order=1");
    await sandbox.settle();
    expect((await listCallbacks(database.db, { sessionId: created.id }))[0]?.event).toBe("PAYMENT.CANCELLED");
  });

  it("a rejected 3-D Secure reports AUTHENTICATION_FAILED with the issuer's rejection", async () => {
    const { token } = await cardSession();
    await submitCard(sandbox.deps, token, { number: "4440000334440005", ...goodCard });
    await authenticateCard(sandbox.deps, token);
    expect((await page(token)).charge).toMatchObject({
      failureCode: "AUTHENTICATION_FAILED",
      card: { authenticationResult: { threeDsResult: "REJECTED", threeDsMethod: "CHALLENGE" } },
    });
  });

  it("threeDsMethod NEVER skips the page (a failure card fails at once); CHALLENGE always shows it", async () => {
    const never = await cardSession("NEVER");
    expect(await submitCard(sandbox.deps, never.token, { number: "4440000334410008", ...goodCard })).toEqual({
      ok: true,
      next: RESULT(never.token),
    });
    expect((await page(never.token)).charge?.failureCode).toBe("BLOCKED_BY_FDS");

    const always = await cardSession("CHALLENGE");
    expect(await submitCard(sandbox.deps, always.token, { number: "4440000112200001", ...goodCard })).toEqual(
      {
        ok: true,
        next: `${THREE_DS_PATH}?token=${always.token}`,
      },
    );
  });

  it("approves any other valid card, and goes straight to the merchant with bypassStatusPage", async () => {
    const { token } = await session({ paymentMethod: { type: "CARD" }, bypassStatusPage: true });
    expect(await submitCard(sandbox.deps, token, { number: "4111111111111111", ...goodCard })).toEqual({
      ok: true,
      next: "https://shop.example/payment/success?order=1",
    });
  });
});

describe("choosing on the page", () => {
  it("offers every method whose limits suit the amount", async () => {
    expect((await page((await session()).token)).methods).toEqual([
      "VIRTUAL_ACCOUNT",
      "QR",
      "CARD",
      "EWALLET",
    ]);
    const small = await session({ amount: { value: 5_000, currency: "IDR" } });
    expect((await page(small.token)).methods).toEqual(["QR"]);
    // A method the amount does not suit cannot be forced.
    await chooseMethodOnPage(sandbox.deps, small.token, { type: "CARD" });
    expect((await page(small.token)).session.status).toBe("REQUIRE_PAYMENT_METHOD");
  });

  it("QRIS, a wallet or the card form, each issuing its charge", async () => {
    const qr = await session();
    expect(await chooseMethodOnPage(sandbox.deps, qr.token, { type: "QR" })).toBe(PAGE(qr.token));
    const qrPage = await page(qr.token);
    expect(qrPage.session.paymentMethod).toEqual({ type: "QR" });
    // A QR chosen on the page lives at most 60 minutes, and no longer than its session.
    expect(qrPage.charge?.qr?.expiryAt).toBe(qrPage.session.expiryAt);

    const ovo = await session({
      autoConfirm: false,
      paymentMethod: { type: "EWALLET", ewallet: { accountIdentifier: "08111111001" } },
      paymentMethodOptions: { ewallet: { channel: "OVO" } },
    });
    await chooseMethodOnPage(sandbox.deps, ovo.token, { type: "EWALLET", channel: "OVO" });
    // The number the merchant sent comes along when the shopper picks that wallet.
    expect((await page(ovo.token)).charge).toMatchObject({
      status: "WAITING_FOR_AUTHENTICATION",
      ewallet: { channel: "OVO", accountInformations: { mobileNumber: "+628111111001" } },
    });

    const card = await session();
    await chooseMethodOnPage(sandbox.deps, card.token, { type: "CARD" });
    expect((await page(card.token)).session).toMatchObject({
      status: "REQUIRE_ACTION",
      paymentMethod: { type: "CARD" },
    });
  });
});
