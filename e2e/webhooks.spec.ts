import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { startTestReceiver, type TestReceiver } from "../lib/merchant-webhooks/test-receiver";
import { E2E_WEBHOOK } from "../playwright.config";
import { coffee, fillCart, payNow, signIn, simulate } from "./helpers";

// The merchant's endpoint: a real server on the port MERCHANT_WEBHOOK_URL points to, checking each
// delivery with the official Standard Webhooks library.
let receiver: TestReceiver;
test.beforeAll(async () => {
  receiver = await startTestReceiver(E2E_WEBHOOK.secret, Number(new URL(E2E_WEBHOOK.url).port));
});
test.afterAll(() => receiver?.close());

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "needs the local e2e server's MERCHANT_WEBHOOK_URL");

test("a paid order reaches the merchant as a signed order.paid, and can be resent from the admin", async ({
  page,
  browser,
}) => {
  await fillCart(page, [{ slug: coffee.slug, quantity: 1 }]);
  const orderId = await payNow(page, "BCA");
  await simulate(page, "Simulate payment");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();

  const forOrder = () => receiver.received.filter((r) => r.json.data.orderId === orderId);
  await expect.poll(() => forOrder().length, { timeout: 15_000 }).toBe(1);
  const [paid] = forOrder();
  expect(paid!.verified).toBe(true);
  expect(paid!.json).toMatchObject({
    type: "order.paid",
    data: { orderId, status: "PAID", amount: coffee.price, currency: "IDR", channel: "BCA" },
  });

  const context = await browser.newContext();
  const merchant = await context.newPage();
  await merchant.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(merchant, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
  await expect(merchant.getByRole("heading", { name: "Orders" })).toBeVisible();
  await merchant.getByRole("link", { name: "Webhook deliveries" }).click();
  const row = merchant.getByTestId("webhook-delivery").filter({ hasText: paid!.id });
  await expect(row).toContainText("DELIVERED");
  await expect(row).toContainText("HTTP 200");
  await row.getByRole("button", { name: "Resend" }).click();
  await expect.poll(() => forOrder().length, { timeout: 15_000 }).toBe(2);
  const [, again] = forOrder();
  expect(again!.verified).toBe(true);
  expect(again!.id).toBe(paid!.id);
  expect(again!.body).toBe(paid!.body);
  await context.close();
});
