import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { fillCart, freshEmail, fromShop, signIn } from "./helpers";

const { admin } = DEMO_ACCOUNTS;

test("the dashboard shows the period's numbers, the revenue chart and its table", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { name: "Numbers, today" })).toBeVisible();
  const period = page.getByRole("navigation", { name: "Period" });
  await expect(period.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");

  await period.getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/\/admin\?period=7d$/);
  await expect(page.getByRole("heading", { name: "Numbers, 7 days" })).toBeVisible();
  const chart = page.getByRole("img", { name: /^Paid revenue per day/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("rect")).toHaveCount(7);
  const table = page.getByTestId("revenue-table");
  await expect(table.getByRole("row")).toHaveCount(1 + 7);
  await expect(table.getByRole("columnheader", { name: "Revenue" })).toBeVisible();
  await expect(page.getByTestId("paid-revenue")).toContainText("Rp");
  await expect(page.getByRole("heading", { name: "Funnel by method" })).toBeVisible();
  // The orders list is still there, below the numbers.
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(page.getByText(/^Page 1 of \d+/)).toBeVisible();
});

test("Export CSV downloads the orders the filtered list shows", async ({ page, browser, baseURL }) => {
  // A shopper's order with an email of its own, so the filter has something certain to find.
  const email = freshEmail("export");
  const shopper = await (await browser.newContext()).newPage();
  await fillCart(shopper);
  const placed = await shopper.request.post("/api/checkout", {
    headers: fromShop(baseURL),
    data: { fullName: 'Budi, "Kopi" Santoso', email, phone: "081234567890", paymentMethod: "BNI" },
  });
  expect(placed.ok()).toBe(true);
  await shopper.context().close();

  await page.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  await page.getByLabel("Search").fill(email);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=export-/);
  const listed = await page
    .getByRole("table", { name: "Orders, newest first" })
    .getByRole("rowheader")
    .allTextContents();
  expect(listed).toHaveLength(1);

  const exportLink = page.getByRole("link", { name: "Export CSV", exact: true });
  await expect(exportLink).toHaveAttribute("href", `/api/admin/orders/export?q=${encodeURIComponent(email)}`);
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe(
    "reference,created (UTC ISO 8601),status,method,channel,amount (IDR),refunded (IDR),customer name,email",
  );
  expect(lines.at(-1)).toBe("");
  expect(lines.slice(1, -1).map((line) => line.split(",")[0])).toEqual(listed);
  expect(lines[1]).toContain(`,PENDING_PAYMENT,VIRTUAL_ACCOUNT,BNI,`);
  expect(lines[1]).toContain(`,0,"Budi, ""Kopi"" Santoso",${email}`);

  // The status filter applies too: none of this shopper's orders is paid.
  const paidOnly = await page.request.get(
    `/api/admin/orders/export?status=PAID&q=${encodeURIComponent(email)}`,
  );
  expect(paidOnly.headers()["content-disposition"]).toMatch(/^attachment; filename="orders-/);
  expect((await paidOnly.text()).split("\r\n")).toHaveLength(2);

  // Only merchants may export.
  const anonymous = await (await browser.newContext()).request.get(`${baseURL}/api/admin/orders/export`);
  expect(anonymous.status()).toBe(401);
});
