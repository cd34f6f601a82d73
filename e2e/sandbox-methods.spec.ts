import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { z } from "zod";

// QRIS, e-wallets and cards on the sandbox's hosted page, driven directly: a merchant creates the
// session through the sandbox API, the shopper opens its paymentUrl and pays with the documented
// test data (harsya-api.md §10.3).

// The sandbox's development credentials (lib/env.ts SANDBOX_DEFAULTS; that module is server-only).
const MERCHANT = { "X-MERCHANT-ID": "sandbox-client-id", "X-MERCHANT-SECRET": "sandbox-client-secret" };

const Charge = z.looseObject({
  status: z.string(),
  failureCode: z.string().optional(),
  qr: z.object({ qrUrl: z.string(), qrContent: z.string() }).optional(),
  card: z.looseObject({ first6: z.string(), last4: z.string() }).optional(),
});
const Session = z.object({
  id: z.string(),
  status: z.string(),
  paymentUrl: z.string(),
  cancellationReason: z.string().nullable(),
  chargeDetails: z.array(Charge).nullable(),
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

async function createSession(request: APIRequestContext, baseURL: string, method: Record<string, unknown>) {
  const reference = `E2EM${Date.now()}${(sequence += 1)}`;
  const response = await request.post("/sandbox/v2/payments", {
    headers: {
      Authorization: `Bearer ${await accessToken(request)}`,
      "X-REQUEST-ID": `${reference}-methods`,
    },
    data: {
      clientReferenceId: reference,
      amount: { value: 150_000, currency: "IDR" },
      redirectUrl: {
        successReturnUrl: `${baseURL}/?returned=success`,
        failureReturnUrl: `${baseURL}/?returned=failure`,
        expirationReturnUrl: `${baseURL}/?returned=expired`,
      },
      ...method,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return Session.parse(Envelope.parse(await response.json()).data);
}

async function readSession(request: APIRequestContext, id: string) {
  const response = await request.get(`/sandbox/v2/payments/${id}`, {
    headers: { Authorization: `Bearer ${await accessToken(request)}` },
  });
  return Session.parse(Envelope.parse(await response.json()).data);
}

const wallet = (channel: string, extra: Record<string, unknown> = {}) => ({
  paymentMethod: { type: "EWALLET", ...extra },
  paymentMethodOptions: { ewallet: { channel } },
});
const CARD = { paymentMethod: { type: "CARD" }, paymentMethodOptions: { card: {} } };
const pay = (page: Page) => page.getByRole("button", { name: "Pay", exact: true });

async function fillCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry date").fill("12/35");
  await page.getByLabel("CVV").fill("123");
  await page.getByLabel("Name on card").fill("Budi Santoso");
  await pay(page).click();
}

test("QRIS: the code is an image, and Simulate payment pays it", async ({ page, request, baseURL }) => {
  const session = await createSession(request, baseURL ?? "", { paymentMethod: { type: "QR" } });
  const qr = session.chargeDetails?.[0]?.qr;
  expect(qr?.qrContent).toMatch(/^000201010212.*6304[0-9A-F]{4}$/);
  const image = await request.get(qr?.qrUrl ?? "");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  await page.goto(session.paymentUrl);
  const code = page.getByRole("img", { name: /QR/ });
  await expect(code).toBeVisible();
  expect(await code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByText("QR code valid for:")).toBeVisible();

  await page.getByRole("button", { name: "Simulate payment" }).click();
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  expect((await readSession(request, session.id)).status).toBe("PAID");
});

test("DANA 08111111001: phone, a wrong code, then 000000 pays", async ({ page, request, baseURL }) => {
  const session = await createSession(request, baseURL ?? "", wallet("DANA"));
  await page.goto(session.paymentUrl);
  await expect(page.getByRole("heading", { name: "Pay with DANA" })).toBeVisible();

  const phone = page.getByLabel("Phone number");
  await phone.fill("021 555 1234");
  await pay(page).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(/Indonesian mobile number/);
  expect((await readSession(request, session.id)).chargeDetails?.[0]?.status).toBe("WAITING_FOR_USER_ACTION");

  await phone.fill("08111111001");
  await pay(page).click();
  const otp = page.getByLabel("OTP");
  await otp.fill("123456");
  await pay(page).click();
  await expect(otp).toHaveAccessibleDescription(/Wrong code/);
  expect((await readSession(request, session.id)).status).toBe("REQUIRE_ACTION");

  await otp.fill("000000");
  await pay(page).click();
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  expect((await readSession(request, session.id)).status).toBe("PAID");
});

test("OVO 08111111003 fails; with the number sent at create the page asks only for the code", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "", wallet("OVO"));
  await page.goto(session.paymentUrl);
  await page.getByLabel("Phone number").fill("08111111003");
  await pay(page).click();
  await page.getByLabel("OTP").fill("000000");
  await pay(page).click();
  await expect(page.getByRole("heading", { name: "Payment failed" })).toBeVisible();
  const failed = await readSession(request, session.id);
  expect(failed).toMatchObject({ status: "CANCELLED", cancellationReason: "CHARGE_FAILED" });
  expect(failed.chargeDetails?.[0]).toMatchObject({ status: "FAILED", failureCode: "INSUFFICIENT_FUND" });

  const pushed = await createSession(
    request,
    baseURL ?? "",
    wallet("OVO", { ewallet: { accountIdentifier: "08111111003" } }),
  );
  await page.goto(pushed.paymentUrl);
  await expect(page.getByText("OVO sent a payment request to +628111111003")).toBeVisible();
  await expect(page.getByLabel("Phone number")).toHaveCount(0);
  await page.getByLabel("OTP").fill("000000");
  await pay(page).click();
  await expect(page.getByRole("heading", { name: "Payment failed" })).toBeVisible();
});

test("card 4440000112200001 is paid without a challenge", async ({ page, request, baseURL }) => {
  const session = await createSession(request, baseURL ?? "", CARD);
  await page.goto(session.paymentUrl);
  await fillCard(page, "4440 0001 1220 0001");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  const paid = await readSession(request, session.id);
  expect(paid.status).toBe("PAID");
  expect(paid.chargeDetails?.[0]?.card).toMatchObject({ first6: "444000", last4: "0001" });
});

test("card 4440000112290002 goes through the mock 3-D Secure page: Authenticate pays it", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "", CARD);
  await page.goto(session.paymentUrl);
  await fillCard(page, "4440000112290002");
  await expect(page).toHaveURL(/\/sandbox\/pay\/3ds\?token=/);
  await expect(page.getByText("Visa ending 0002")).toBeVisible();
  expect((await readSession(request, session.id)).chargeDetails?.[0]?.status).toBe(
    "WAITING_FOR_AUTHENTICATION",
  );
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  expect((await readSession(request, session.id)).status).toBe("PAID");
});

test("a declined card fails after 3-D Secure with its failureCode", async ({ page, request, baseURL }) => {
  const session = await createSession(request, baseURL ?? "", { ...CARD, bypassStatusPage: false });
  await page.goto(session.paymentUrl);
  await fillCard(page, "4440000334480001");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.getByRole("heading", { name: "Payment failed" })).toBeVisible();
  await expect(page.getByTestId("failure-code")).toHaveText("DECLINED_BY_CHANNEL");
  const failed = await readSession(request, session.id);
  expect(failed).toMatchObject({ status: "CANCELLED", cancellationReason: "CHARGE_FAILED" });
  expect(failed.chargeDetails?.[0]).toMatchObject({ status: "FAILED", failureCode: "DECLINED_BY_CHANNEL" });
  await page.getByRole("link", { name: "Return to merchant" }).click();
  await page.waitForURL(`${baseURL}/?returned=failure`);
});

test("bad card input is named on its field and changes nothing", async ({ page, request, baseURL }) => {
  const session = await createSession(request, baseURL ?? "", CARD);
  await page.goto(session.paymentUrl);
  const number = page.getByLabel("Card number");
  await number.fill("4440000112200002");
  await page.getByLabel("Expiry date").fill("01/20");
  await page.getByLabel("CVV").fill("12");
  await pay(page).click();
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(number).toHaveAccessibleDescription("This card number is not valid. Check it for typos.");
  await expect(page.getByLabel("Expiry date")).toHaveAccessibleDescription("This card has expired.");
  await expect(page.getByLabel("CVV")).toHaveAccessibleDescription(/3 digits/);
  // What was typed stays, so it can be corrected.
  await expect(number).toHaveValue("4440000112200002");
  const unchanged = await readSession(request, session.id);
  expect(unchanged.status).toBe("REQUIRE_ACTION");
  expect(unchanged.chargeDetails?.[0]?.card).toBeUndefined();
});

test("without a method the page offers QRIS, the wallets and cards; QRIS chosen, then paid", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await createSession(request, baseURL ?? "", {});
  await page.goto(session.paymentUrl);
  await expect(page.getByRole("group", { name: "Choose your bank" })).toBeVisible();
  const others = page.getByRole("group", { name: "Or pay another way" });
  for (const name of ["QRIS", "DANA", "ShopeePay", "OVO", "Card"]) {
    await expect(others.getByRole("radio", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await others.getByRole("radio", { name: /^QRIS/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("img", { name: /QR/ })).toBeVisible();
  expect((await readSession(request, session.id)).chargeDetails?.[0]?.qr).toBeDefined();

  await page.getByRole("button", { name: "Simulate payment" }).click();
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  expect((await readSession(request, session.id)).status).toBe("PAID");
});

test("the callbacks page sends the dashboard's PAYMENT.TEST", async ({ page }) => {
  await page.goto("/sandbox/callbacks");
  await page.getByRole("button", { name: "Send test callback" }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("callback-row").filter({ hasText: "PAYMENT.TEST" }).first()).toContainText(
      /HTTP \d{3}/,
      { timeout: 1_000 },
    );
  }).toPass({ timeout: 15_000 });
});
