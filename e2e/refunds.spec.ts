import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { fillCart, payNow, signIn, simulate } from "./helpers";

const { admin } = DEMO_ACCOUNTS;

/** A guest buys coffee with a BCA virtual account and pays on the sandbox page. */
async function paidVaOrder(page: Page): Promise<string> {
  await fillCart(page);
  const orderId = await payNow(page, "BCA");
  await simulate(page, "Simulate payment");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  return orderId;
}

async function merchantOn(browser: Browser, orderId: string): Promise<Page> {
  const merchant = await (await browser.newContext()).newPage();
  await merchant.goto(`/signin?callbackUrl=${encodeURIComponent(`/admin/orders/${orderId}`)}`);
  await signIn(merchant, admin.email, admin.password);
  await expect(merchant.getByRole("heading", { name: /^Order HC/ })).toBeVisible();
  return merchant;
}

async function refund(merchant: Page, options: { amount?: string; account: string }) {
  await merchant.getByRole("button", { name: "Refund", exact: true }).click();
  if (options.amount) await merchant.getByLabel("Amount", { exact: true }).fill(options.amount);
  await merchant.getByLabel("Reason", { exact: true }).selectOption("REQUESTED_BY_CUSTOMER");
  await merchant.getByLabel("Description", { exact: true }).fill("Shopper asked for it");
  await merchant.getByLabel("Bank", { exact: true }).selectOption("BCA");
  await merchant.getByLabel("Account number", { exact: true }).fill(options.account);
  await merchant.getByLabel("Account name", { exact: true }).fill("Budi Santoso");
  await merchant.getByRole("button", { name: "Confirm refund" }).click();
  await expect(merchant.getByText(/^Refund asked/)).toBeVisible();
}

/** The sandbox settles a refund after a short delay and calls back; the page shows it on reload. */
async function untilShown(merchant: Page, text: string | RegExp) {
  await expect(async () => {
    await merchant.reload();
    await expect(merchant.getByText(text, { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("the admin refunds a paid VA order in part, then in full: Partially refunded, then Refunded", async ({
  page,
  browser,
}) => {
  const orderId = await paidVaOrder(page);
  const merchant = await merchantOn(browser, orderId);

  // Too much, or nothing: the field says so and nothing is sent.
  await merchant.getByRole("button", { name: "Refund", exact: true }).click();
  await merchant.getByLabel("Amount", { exact: true }).fill("999999999");
  await merchant.getByRole("button", { name: "Confirm refund" }).click();
  await expect(merchant.getByLabel("Amount", { exact: true })).toHaveAccessibleDescription(/Enter at most/);
  await merchant.getByLabel("Amount", { exact: true }).fill("0");
  await merchant.getByRole("button", { name: "Confirm refund" }).click();
  await expect(merchant.getByLabel("Amount", { exact: true })).toHaveAccessibleDescription(/more than 0/);
  await merchant.getByRole("button", { name: "Go back" }).click();

  await refund(merchant, { amount: "5000", account: "999966660001" });
  await untilShown(merchant, "Partially refunded");
  await expect(merchant.getByText("Succeeded").first()).toBeVisible();
  await expect(merchant.getByText(/REFUND_SUCCESS/).first()).toBeVisible();
  await expect(merchant.getByText(admin.email).first()).toBeVisible();

  // The form offers what is left: the rest of the order.
  await refund(merchant, { account: "999966660001" });
  await untilShown(merchant, "Refunded");
  await expect(merchant.getByRole("button", { name: "Refund", exact: true })).toBeDisabled();
  await merchant.context().close();
});

test("a refund to the failing test account ends FAILED, shown with the gateway's reason", async ({
  page,
  browser,
}) => {
  const orderId = await paidVaOrder(page);
  const merchant = await merchantOn(browser, orderId);
  await refund(merchant, { amount: "5000", account: "999966660008" });
  await untilShown(merchant, "Failed");
  await expect(merchant.getByText(/Gateway: The destination bank account is invalid/)).toBeVisible();
  await expect(merchant.getByText("Partially refunded")).toHaveCount(0);
  await merchant.context().close();
});
