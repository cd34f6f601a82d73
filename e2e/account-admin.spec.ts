import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { fillCart, freshEmail, fromShop, PASSWORD, payNow, signIn, signUp, simulate } from "./helpers";

const { admin } = DEMO_ACCOUNTS;

test("a signed-up shopper buys, sees the order in history; the admin finds, syncs and reads its timeline", async ({
  page,
  browser,
}) => {
  const email = freshEmail("dewi");
  await signUp(page, { name: "Dewi Lestari", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account\/orders$/);

  await fillCart(page);
  await page.goto("/checkout");
  // Signed in: the checkout is pre-filled and the order is linked to the account.
  await expect(page.getByLabel("Full name")).toHaveValue("Dewi Lestari");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  const orderId = await payNow(page, "BCA", { keepPrefill: true });
  await simulate(page, "Simulate payment");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  const reference = (await page.getByText(/^Order HC/).textContent())!.replace("Order ", "").trim();

  await page.goto("/account/orders");
  const row = page.getByRole("link", { name: `Order ${reference}` });
  await expect(row).toHaveAttribute("href", `/orders/${orderId}`);
  await expect(page.getByText("Paid").first()).toBeVisible();

  const merchant = await (await browser.newContext()).newPage();
  await merchant.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(merchant, admin.email, admin.password);
  await expect(merchant.getByRole("heading", { name: "Orders" })).toBeVisible();
  await merchant.getByLabel("Search").fill(reference);
  await merchant.getByRole("button", { name: "Filter" }).click();
  await merchant.getByRole("link", { name: reference }).click();
  await expect(merchant.getByText(/PAYMENT\.PAID/).first()).toBeVisible();
  await expect(merchant.getByText("key valid").first()).toBeVisible();

  await merchant.getByRole("button", { name: "Sync with gateway" }).click();
  await merchant.getByRole("button", { name: "Yes, sync now" }).click();
  await expect(merchant.getByText(`Synced with the gateway (merchant sync)`).first()).toBeVisible();
  await expect(merchant.getByText(admin.email).first()).toBeVisible();
  await merchant.context().close();
});

test("one shopper cannot read another's order, by page or API", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "Sari", email: freshEmail("sari"), password: PASSWORD });
  await fillCart(page);
  const response = await page.request.post("/api/checkout", {
    headers: fromShop(baseURL),
    data: { fullName: "Sari", email: "sari@example.com", phone: "081234567890", paymentMethod: "BNI" },
  });
  const { orderId } = (await response.json()) as { orderId: string };
  expect((await page.request.get(`/api/orders/${orderId}`)).status()).toBe(200);

  const other = await (await browser.newContext()).newPage();
  await signUp(other, { name: "Budi", email: freshEmail("budi"), password: PASSWORD });
  expect((await other.goto(`/orders/${orderId}`))?.status()).toBe(404);
  expect((await other.request.get(`/api/orders/${orderId}`)).status()).toBe(404);
  expect(
    (
      await other.request.post(`/api/orders/${orderId}/confirm`, {
        headers: fromShop(baseURL),
        data: { channel: "BCA" },
      })
    ).status(),
  ).toBe(404);
  await other.context().close();
});
