import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import {
  coffee,
  contact,
  fillCart,
  freshEmail,
  fromShop,
  PASSWORD,
  payNow,
  signUp,
  simulate,
} from "./helpers";
import { expectAccessible, expectNoSideScroll, NARROW, PHONE } from "./quality";

async function expectGoodOnPhones(page: Page, label: string) {
  const desktop = page.viewportSize();
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `${label} at ${size.width}px`);
    await expectAccessible(page, `${label} at ${size.width}px`);
  }
  if (desktop) await page.setViewportSize(desktop);
}

async function lookUp(page: Page, reference: string, email: string) {
  await page.getByLabel("Order reference").fill(reference);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Find my order" }).click();
}

const NO_MATCH = "No order matches this reference and email.";

test("a guest finds an order again in another browser by its reference and email", async ({
  page,
  browser,
}) => {
  await fillCart(page);
  const orderId = await payNow(page, "BCA");
  await page.goto(`/orders/${orderId}`);
  const reference = (await page.getByText(/^Order HC/).textContent())!.replace("Order ", "").trim();

  const other = await (await browser.newContext()).newPage();
  await other.goto(`/orders/${orderId}`);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await other.goto("/orders");
  await expect(other.getByRole("heading", { name: "Find your order" })).toBeVisible();
  await expectGoodOnPhones(other, "lookup page");
  await lookUp(other, reference, "someone-else@example.com");
  await expect(other.getByText(NO_MATCH)).toBeVisible();
  await expect(other.getByLabel("Order reference")).toHaveValue(reference);
  await lookUp(other, "HC0000000000", contact.email);
  await expect(other.getByText(NO_MATCH)).toBeVisible();
  await expectGoodOnPhones(other, "lookup page with an error");

  await lookUp(other, reference.toLowerCase(), contact.email.toUpperCase());
  await expect(other).toHaveURL(new RegExp(`/orders/${orderId}$`));
  await expect(other.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();
  await expect(other.getByTestId("va-number")).toHaveText(/^\d{16}$/);
  // The page keeps itself current through the status API, which the grant also opens.
  expect((await other.request.get(`/api/orders/${orderId}`)).status()).toBe(200);
  // The grant opens that order only.
  expect((await other.request.get(`/api/orders/${randomUUID()}`)).status()).toBe(404);
  await other.context().close();
});

test("a signed-in shopper's history shows items and method; looking the order up asks to sign in", async ({
  page,
  browser,
}) => {
  const email = freshEmail("rina");
  await signUp(page, { name: "Rina Wijaya", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account\/orders$/);
  await fillCart(page);
  const orderId = await payNow(page, "BCA", { keepPrefill: true });
  const last4 = (await page.getByTestId("va-number").textContent())!.trim().slice(-4);
  await simulate(page, "Simulate payment");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  const reference = (await page.getByText(/^Order HC/).textContent())!.replace("Order ", "").trim();

  await page.goto("/account/orders");
  const row = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `Order ${reference}` }) });
  await expect(row.getByTestId("order-items")).toContainText(`${coffee.name} × 2`);
  await expect(row.getByTestId("order-method")).toHaveText(`Payment: BCA virtual account ending ${last4}`);
  await expectGoodOnPhones(page, "order history");

  const guest = await (await browser.newContext()).newPage();
  await guest.goto("/orders");
  await lookUp(guest, reference, email);
  await expect(guest).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Forders%2F${orderId}$`));
  await guest.context().close();
});

test("lookups are limited per address, so references cannot be tried one after another", async ({
  page,
  baseURL,
}) => {
  // A made-up client address of its own, so this spec's other lookups are not counted with it.
  const headers = {
    ...fromShop(baseURL),
    "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}`,
  };
  const attempt = (reference: string) =>
    page.request.post("/api/orders/lookup", { headers, data: { reference, email: "nobody@example.com" } });
  const first = await attempt("HC0000000001");
  expect(first.status()).toBe(404);
  expect(((await first.json()) as { error: { code: string } }).error.code).toBe("order_not_found");
  for (let i = 2; i <= 10; i += 1) await attempt(`HC00000000${String(i).padStart(2, "0")}`);
  const refused = await attempt("HC0000000011");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
});
