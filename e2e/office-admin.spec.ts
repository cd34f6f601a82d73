import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./quality";
import { expectMainFitsPhones, paidOrderNamed, signedIn } from "./office-helpers";

// The merchant's pages: axe at WCAG 2.2 AA, phones, a 100-character unbroken name that must not
// push the table's columns away, and the focus after a refused refund or a failed action.

const LONG_NAME = "W".repeat(100);

test.describe.configure({ mode: "serial" });

let merchant: Page;
let orderId = "";

test.beforeAll(async ({ browser }) => {
  const shopper = await (await browser.newContext()).newPage();
  orderId = await paidOrderNamed(shopper, LONG_NAME);
  await shopper.context().close();
  merchant = await signedIn(browser, "admin", "/admin");
  await merchant.setViewportSize({ width: 1280, height: 800 });
});

test.afterAll(async () => {
  await merchant.context().close();
});

test("the dashboard keeps Amount and Status on screen beside a 100-character name", async () => {
  await merchant.goto("/admin");
  await expect(merchant.getByRole("heading", { name: "Orders" })).toBeVisible();
  const table = merchant.getByRole("table", { name: "Orders, newest first" });
  const row = table
    .getByRole("row")
    .filter({ hasText: LONG_NAME.slice(0, 20) })
    .first();
  await expect(row).toBeVisible();
  for (const name of ["Amount", "Status"]) {
    const box = await table.getByRole("columnheader", { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x + box!.width, `${name} column ends inside the window`).toBeLessThanOrEqual(1280);
  }
  // The full name stays available.
  await expect(row.getByTitle(LONG_NAME)).toBeVisible();
  await expectAccessible(merchant, "admin dashboard");
  await expectMainFitsPhones(merchant, "admin dashboard");
});

test("the order page shows the long name whole, inside the window; refunds section accessible", async () => {
  await merchant.goto(`/admin/orders/${orderId}`);
  await expect(merchant.getByRole("heading", { name: /^Order HC/ })).toBeVisible();
  await expect(merchant.getByRole("heading", { name: "Refunds" })).toBeVisible();
  await expect(merchant.getByText(LONG_NAME)).toBeVisible();
  const box = await merchant.getByText(LONG_NAME).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  await expectAccessible(merchant, "admin order detail");
  await expectMainFitsPhones(merchant, "admin order detail");

  // A refused refund: the focus goes to the field to fix.
  const refund = merchant.getByRole("button", { name: "Refund", exact: true });
  await refund.click();
  const amount = merchant.getByLabel("Amount", { exact: true });
  await expect(amount).toBeFocused();
  await amount.fill("0");
  await merchant.getByRole("button", { name: "Confirm refund" }).click();
  await expect(merchant.getByText(/more than 0/)).toBeVisible();
  await expect(amount).toBeFocused();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(merchant, "admin refund form with errors");
  await merchant.getByRole("button", { name: "Go back" }).click();
  await expect(refund).toBeFocused();

  // The confirm step takes the focus, and gives it back.
  const sync = merchant.getByRole("button", { name: "Sync with gateway" });
  await sync.click();
  await expect(merchant.getByRole("button", { name: "Yes, sync now" })).toBeFocused();
  await merchant.getByRole("button", { name: "Go back" }).click();
  await expect(sync).toBeFocused();

  // A failed action: the focus goes to the message saying so.
  await merchant.route("**/api/admin/orders/*/sync", (route) =>
    route.fulfill({
      status: 502,
      contentType: "application/json",
      json: { error: { code: "gateway_unavailable", message: "The gateway did not answer." } },
    }),
  );
  await merchant.getByRole("button", { name: "Sync with gateway" }).click();
  await merchant.getByRole("button", { name: "Yes, sync now" }).click();
  const failure = merchant.getByText("The gateway did not answer.");
  await expect(failure).toBeVisible();
  await expect(failure).toBeFocused();
  await merchant.unroute("**/api/admin/orders/*/sync");
});

test("filters that match nothing say so; the webhooks page is accessible", async () => {
  await merchant.goto("/admin");
  await merchant.getByLabel("Search").fill("no-such-order-office@example.com");
  await merchant.getByRole("button", { name: "Filter" }).click();
  const none = merchant.getByText("No orders match these filters.");
  await expect(none).toBeVisible();
  await expectAccessible(merchant, "admin dashboard, filtered");

  await merchant.goto("/admin/webhooks");
  await expect(merchant.getByRole("heading", { name: "Webhook deliveries" })).toBeVisible();
  await expectAccessible(merchant, "admin webhooks");
  await expectMainFitsPhones(merchant, "admin webhooks");
});
