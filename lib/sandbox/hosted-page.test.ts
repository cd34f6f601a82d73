import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { listCallbacks } from "./callbacks";
import { chooseBankOnPage, loadPaymentPage, RESULT_PATH, simulateOnPage } from "./hosted-page";
import { createPayment } from "./payments";
import type { ChangeContext } from "./sessions";
import { SandboxSessionSchema } from "./session-object";
import { startSandboxServer, type SandboxServer } from "./testing";

// What the hosted page's buttons do, called as the page's server actions call them.

let database: TestDatabase;
let sandbox: SandboxServer;
let sequence = 0;

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
      clientReferenceId: `PAGE${(sequence += 1)}`,
      amount: { value: 99_000, currency: "IDR" },
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

describe("the hosted page", () => {
  it("refuses a forged or foreign token", async () => {
    const { token } = await session();
    expect(await loadPaymentPage(sandbox.deps, `${token}x`)).toBeUndefined();
    const other = { ...sandbox.deps, clientSecret: "another-secret" };
    expect(await loadPaymentPage(other, token)).toBeUndefined();
  });

  it("lets the shopper pick a bank, which issues the virtual account", async () => {
    const { token } = await session({ autoConfirm: false });
    const before = await loadPaymentPage(sandbox.deps, token);
    expect(before?.session.status).toBe("REQUIRE_PAYMENT_METHOD");
    expect(before?.charge).toBeUndefined();

    expect(await chooseBankOnPage(sandbox.deps, token, "CIMB")).toBe(`/sandbox/pay?token=${token}`);
    const after = await loadPaymentPage(sandbox.deps, token);
    expect(after?.session.status).toBe("REQUIRE_ACTION");
    expect(after?.charge?.virtualAccount).toMatchObject({
      channel: "CIMB",
      virtualAccountName: "Harsya - Test Store",
    });
  });

  it("sends the shopper to the result page, whose return URL matches the outcome", async () => {
    for (const [outcome, status, url] of [
      ["SUCCESS", "PAID", "https://shop.example/payment/success?order=1"],
      ["FAILED", "CANCELLED", "https://shop.example/payment/failure?order=1"],
      ["EXPIRED", "EXPIRED", "https://shop.example/payment/expiration?order=1"],
    ] as const) {
      const { token } = await session({
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: { virtualAccount: { channel: "BSI" } },
      });
      expect(await simulateOnPage(sandbox.deps, token, outcome, { dropCallback: false })).toBe(
        `${RESULT_PATH}?token=${token}`,
      );
      const page = await loadPaymentPage(sandbox.deps, token);
      expect(page?.session.status).toBe(status);
      expect(page?.returnUrl).toBe(url);
    }
  });

  it("goes straight to the merchant with bypassStatusPage, and can drop the callback", async () => {
    const { created, token } = await session({
      bypassStatusPage: true,
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: { virtualAccount: { channel: "BRI" } },
    });
    expect(await simulateOnPage(sandbox.deps, token, "SUCCESS", { dropCallback: true })).toBe(
      "https://shop.example/payment/success?order=1",
    );
    const [callback] = await listCallbacks(database.db, { sessionId: created.id });
    expect(callback).toMatchObject({ event: "PAYMENT.PAID", status: "DROPPED" });
  });

  it("expires from the bank picker too, and shows a session past its time as expired", async () => {
    const picking = await session();
    await simulateOnPage(sandbox.deps, picking.token, "EXPIRED", { dropCallback: false });
    expect((await loadPaymentPage(sandbox.deps, picking.token))?.session.status).toBe("EXPIRED");

    const waiting = await session({
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: { virtualAccount: { channel: "DANAMON" } },
    });
    sandbox.clock.advance(16 * 60 * 1000);
    const page = await loadPaymentPage(sandbox.deps, waiting.token);
    expect(page?.session.status).toBe("EXPIRED");
    expect(page?.returnUrl).toBe("https://shop.example/payment/expiration?order=1");
    // A button pressed on a stale page changes nothing and shows the page again.
    expect(await simulateOnPage(sandbox.deps, waiting.token, "SUCCESS", { dropCallback: false })).toBe(
      `/sandbox/pay?token=${waiting.token}`,
    );
  });
});
