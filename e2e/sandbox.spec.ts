import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { z } from "zod";
import { formatRupiah } from "../lib/money";

// The embedded sandbox as a shopper meets it: a merchant creates a session through the API,
// the shopper opens its paymentUrl, presses a simulate button and lands back on the merchant's
// return URL, and the sandbox records the callback it sent.

// The sandbox's development credentials (lib/env.ts SANDBOX_DEFAULTS; that module is server-only).
const MERCHANT = { "X-MERCHANT-ID": "sandbox-client-id", "X-MERCHANT-SECRET": "sandbox-client-secret" };

const Session = z.object({
  id: z.string(),
  status: z.string(),
  paymentUrl: z.string(),
  chargeDetails: z
    .array(z.object({ virtualAccount: z.object({ virtualAccountNumber: z.string() }) }))
    .nullable(),
});
const Envelope = z.object({ code: z.literal("00"), data: z.unknown() });

let sequence = 0;

async function accessToken(request: APIRequestContext): Promise<string> {
  const response = await request.post("/sandbox/v1/access-token", {
    headers: MERCHANT,
    data: { grantType: "client_credentials" },
  });
  expect(response.status()).toBe(200);
  return z.object({ accessToken: z.string() }).parse(Envelope.parse(await response.json()).data).accessToken;
}

async function createSession(
  request: APIRequestContext,
  baseURL: string,
  overrides: Record<string, unknown> = {},
) {
  const reference = `E2E${Date.now()}${(sequence += 1)}`;
  const response = await request.post("/sandbox/v2/payments", {
    headers: {
      Authorization: `Bearer ${await accessToken(request)}`,
      "X-REQUEST-ID": `${reference}key0000000`,
    },
    data: {
      clientReferenceId: reference,
      amount: { value: 150_000, currency: "IDR" },
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
      redirectUrl: {
        successReturnUrl: `${baseURL}/?returned=success`,
        failureReturnUrl: `${baseURL}/?returned=failure`,
        expirationReturnUrl: `${baseURL}/?returned=expired`,
      },
      ...overrides,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return Session.parse(Envelope.parse(await response.json()).data);
}

async function readStatus(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`/sandbox/v2/payments/${id}`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
  });
  return Session.parse(Envelope.parse(await response.json()).data).status;
}

/** The callback log shows the event once the delivery has been tried (or dropped). */
async function expectCallback(page: Page, sessionId: string, event: string, status: RegExp) {
  await page.goto(`/sandbox/callbacks?session=${sessionId}`);
  await expect(async () => {
    await page.reload();
    const row = page.getByTestId("callback-row").filter({ hasText: event });
    await expect(row).toHaveCount(1, { timeout: 1_000 });
    await expect(row).toContainText(status, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test("pay a virtual account: number, copy, countdown, instructions, then back to the success URL", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "");
  const number = session.chargeDetails?.[0]?.virtualAccount.virtualAccountNumber ?? "";
  expect(number).toMatch(/^3901\d{12}$/);

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(session.paymentUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Pay Harsya Test Store" })).toBeVisible();
  await expect(page.getByText(formatRupiah(150_000))).toBeVisible();
  await expect(page.getByText("Bank Central Asia (BCA)")).toBeVisible();
  await expect(page.getByTestId("va-number")).toHaveText(number);

  await page.getByRole("button", { name: "Copy virtual account number" }).click();
  await expect(page.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);

  const countdown = page.getByTestId("countdown");
  await expect(countdown).toHaveText(/^1[45]:\d\d$/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first ?? "", { timeout: 3_000 });

  await expect(page.getByRole("heading", { name: "How to pay with Bank Central Asia" })).toBeVisible();
  await expect(page.getByText("ATM", { exact: true })).toBeVisible();
  await expect(page.getByText("Mobile banking (BCA mobile)")).toBeVisible();
  await expect(page.getByText("Internet banking (KlikBCA)")).toBeVisible();

  await page.getByRole("button", { name: "Simulate payment" }).click();
  await expect(page).toHaveURL(/\/sandbox\/pay\/result\?token=/);
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Return to merchant" })).toHaveAttribute(
    "href",
    `${baseURL}/?returned=success`,
  );
  await expect(page.getByText(/Returning you to the merchant in \d seconds?/)).toBeVisible();
  // The automatic return, with the URL exactly as given: no query parameters added.
  await page.waitForURL(`${baseURL}/?returned=success`);

  expect(await readStatus(request, session.id)).toBe("PAID");
  await expectCallback(page, session.id, "PAYMENT.PAID", /HTTP \d{3}/);
});

test("a failure with bypassStatusPage goes straight to the failure URL", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "", { bypassStatusPage: true });
  await page.goto(session.paymentUrl);
  await page.getByRole("button", { name: "Simulate failure" }).click();
  await page.waitForURL(`${baseURL}/?returned=failure`);

  expect(await readStatus(request, session.id)).toBe("CANCELLED");
  await expectCallback(page, session.id, "PAYMENT.CANCELLED", /HTTP \d{3}/);
});

test("an expiry shows the result page, whose button returns to the expiration URL", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "");
  await page.goto(session.paymentUrl);
  await page.getByRole("button", { name: "Simulate expiry" }).click();
  await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();
  await page.getByRole("link", { name: "Return to merchant" }).click();
  await page.waitForURL(`${baseURL}/?returned=expired`);

  expect(await readStatus(request, session.id)).toBe("EXPIRED");
  await expectCallback(page, session.id, "PAYMENT.EXPIRED", /HTTP \d{3}/);
  // The page of a finished session says so instead of offering to pay.
  await page.goto(session.paymentUrl);
  await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Simulate payment" })).toHaveCount(0);
});

test("without a method the shopper picks a bank; the callback can be dropped", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "", {
    paymentMethod: null,
    paymentMethodOptions: null,
  });
  expect(session.status).toBe("REQUIRE_PAYMENT_METHOD");
  await page.goto(session.paymentUrl);
  await expect(page.getByRole("group", { name: "Choose your bank" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Simulate payment" })).toHaveCount(0);

  await page.getByRole("radio", { name: /^BNI/ }).check();
  await page.getByRole("button", { name: "Show virtual account" }).click();
  await expect(page.getByTestId("va-number")).toHaveText(/^8808\d{12}$/);
  await expect(page.getByRole("heading", { name: "How to pay with Bank Negara Indonesia" })).toBeVisible();

  await page.getByLabel("Don't send the callback").check();
  await page.getByRole("button", { name: "Simulate payment" }).click();
  await page.waitForURL(`${baseURL}/?returned=success`);

  expect(await readStatus(request, session.id)).toBe("PAID");
  await expectCallback(page, session.id, "PAYMENT.PAID", /DROPPED/);
});

test("a forged payment link is a 404", async ({ page }) => {
  const response = await page.goto("/sandbox/pay?token=not.a.token");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
