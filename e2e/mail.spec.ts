import { expect, test, type Page } from "@playwright/test";
import { formatRupiah } from "../lib/money";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { coffee, fillCart, payNow, signIn, simulate, tea } from "./helpers";
import { expectAccessible } from "./quality";

/** The order's reference, as the status API tells the browser that placed it. */
async function referenceOf(page: Page, orderId: string): Promise<string> {
  const response = await page.request.get(`/api/orders/${orderId}`);
  return ((await response.json()) as { order: { reference: string } }).order.reference;
}

/** Opens the mailbox message with this subject; emails go out just after the response, so wait for it. */
async function openMail(page: Page, subject: string) {
  await expect(async () => {
    await page.goto("/sandbox/mailbox");
    await expect(page.getByRole("link", { name: subject })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

const textPart = (page: Page) => page.getByRole("region", { name: "Text part" }).locator("pre");

test.describe("shopper emails", () => {
  test("'order placed' and 'payment received' land in the sandbox mailbox with the reference and amount", async ({
    page,
    browser,
  }) => {
    await fillCart(page, [{ slug: coffee.slug, quantity: 2 }]);
    const orderId = await payNow(page, "BCA");
    const reference = await referenceOf(page, orderId);
    const amount = formatRupiah(coffee.price * 2);
    await simulate(page, "Simulate payment");
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();

    await openMail(page, `Order ${reference} placed: how to pay`);
    await expect(page.getByText("budi@example.com", { exact: true })).toBeVisible();
    await expect(textPart(page)).toContainText(amount);
    await expect(textPart(page)).toContainText(/Virtual account number: \d{16}/);
    const html = page.frameLocator('iframe[title^="HTML part"]');
    await expect(html.getByText(amount).first()).toBeVisible();
    await expect(html.getByText("How to pay")).toBeVisible();

    await openMail(page, `Payment received for order ${reference}`);
    await expect(textPart(page)).toContainText(`Order reference: ${reference}`);
    await expect(textPart(page)).toContainText(`Total: ${amount}`);
    await expect(
      page.frameLocator('iframe[title^="HTML part"]').getByText(reference, { exact: true }),
    ).toBeVisible();
    // The list (axe cannot look inside the message's frame: it runs no script, by design).
    await page.goto("/sandbox/mailbox");
    await expectAccessible(page);

    // The merchant's order page lists the order's messages and where each stands.
    const context = await browser.newContext({ locale: "en-US" });
    const merchant = await context.newPage();
    const { admin } = DEMO_ACCOUNTS;
    await merchant.goto(`/signin?callbackUrl=${encodeURIComponent(`/admin/orders/${orderId}`)}`);
    await signIn(merchant, admin.email, admin.password);
    const messages = merchant.getByRole("region", { name: "Messages" });
    await expect(messages.getByRole("row", { name: /payment received → budi@example\.com/ })).toContainText(
      "Sent",
    );
    await expect(messages.getByRole("row", { name: /order placed → budi@example\.com/ })).toContainText(
      "Sent",
    );
    await context.close();
  });

  test("an expired order's email link, in a fresh browser, leads to 'Pay again' and a paid new order", async ({
    page,
    browser,
  }) => {
    await fillCart(page, [{ slug: tea.slug, quantity: 1 }]);
    const orderId = await payNow(page, "MANDIRI");
    const reference = await referenceOf(page, orderId);
    await simulate(page, "Simulate expiry");
    await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();

    await openMail(page, `Order ${reference} expired`);
    const link = /Pay again: (\S+)/.exec((await textPart(page).textContent()) ?? "")?.[1];
    expect(link).toMatch(new RegExp(`/orders/${orderId}/again\\?token=`));

    // Another browser: no cart, no session; the link alone opens this order, read-only.
    const other = await browser.newContext({ locale: "en-US" });
    const shopper = await other.newPage();
    await shopper.goto(link!);
    await expect(shopper.getByRole("heading", { name: `Order ${reference} again` })).toBeVisible();
    await expect(shopper.getByRole("cell", { name: tea.name })).toBeVisible();
    // A tampered token opens nothing.
    await shopper.goto(link!.replace(/token=(.)/, (_, c: string) => `token=${c === "a" ? "b" : "a"}`));
    await expect(shopper.getByRole("button", { name: "Pay again" })).toHaveCount(0);

    await shopper.goto(link!);
    await shopper.getByRole("button", { name: "Pay again" }).click();
    await expect(shopper).toHaveURL(/\/checkout$/);
    const newOrderId = await payNow(shopper, "BCA");
    expect(newOrderId).not.toBe(orderId);
    await simulate(shopper, "Simulate payment");
    await expect(shopper.getByRole("heading", { name: "Payment received" })).toBeVisible();
    await expect(shopper.getByText(formatRupiah(tea.price)).first()).toBeVisible();
    await other.close();
  });
});
