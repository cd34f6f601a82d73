import { expect, test, type Page } from "@playwright/test";
import { formatRupiah } from "../lib/money";
import { formatDeadline } from "../lib/time";
import { coffee, fillCart, payNow, simulate } from "./helpers";
import { expectAccessible, expectNoSideScroll, NARROW, PHONE } from "./quality";

/** axe at WCAG 2.2 AA and no sideways scroll, on a phone and on the narrowest screen we promise. */
async function expectGoodOnPhones(page: Page, label: string) {
  const desktop = page.viewportSize();
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `${label} at ${size.width}px`);
    await expectAccessible(page, `${label} at ${size.width}px`);
  }
  if (desktop) await page.setViewportSize(desktop);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("the order page", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  });

  test("a VA shows its number in fours, copies digits, says the deadline and copies the order link", async ({
    page,
    baseURL,
  }) => {
    await fillCart(page);
    const orderId = await payNow(page, "BCA");
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();

    const vaNumber = page.getByTestId("va-number");
    await expect(vaNumber).toHaveText(/^\d{16}$/);
    const digits = (await vaNumber.textContent())!;
    expect(await vaNumber.locator("span").allTextContents()).toEqual(digits.match(/\d{4}/g));

    await page.getByRole("button", { name: "Copy virtual account number" }).click();
    await expect(page.getByText("Copied").first()).toBeVisible();
    expect(await clipboard(page)).toBe(digits);
    await page.getByRole("button", { name: "Copy amount" }).click();
    expect(await clipboard(page)).toBe(String(coffee.price * 2));

    const expiresAt = (await page.getByRole("timer").first().getAttribute("datetime"))!;
    await expect(page.getByTestId("pay-before")).toHaveText(
      `Pay before ${formatDeadline(new Date(expiresAt), "en")}`,
    );
    await expect(page.getByTestId("pay-before")).toHaveText(/^Pay before \d\d:\d\d WIB, \w+day \d{1,2} \w+$/);

    await page.getByRole("button", { name: "Copy order link" }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/orders/${orderId}`);
    await expectGoodOnPhones(page, "order page, VA issued");

    // The same pending order on the gateway's return page.
    await page.goto(`/payment/success?order=${orderId}`);
    await expect(page.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy order link" })).toBeVisible();
    await expectGoodOnPhones(page, "return page, pending");

    // Near the end, the page says so plainly.
    await page.clock.setFixedTime(Date.parse(expiresAt) - 90_000);
    await page.reload();
    await expect(page.getByText("Less than 2 minutes left")).toBeVisible();
  });

  test("two-step: choosing the bank is the one primary action", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "Choose on the payment page");
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();
    await expect(page.getByTestId("pay-before")).toBeVisible();

    const timer = await page.getByRole("timer").boundingBox();
    const choose = await page.getByRole("button", { name: "Pay with this bank" }).boundingBox();
    const other = page.getByRole("link", { name: "Continue to payment" });
    const otherBox = await other.boundingBox();
    // Deadline first, then the choice, then the way out: nothing stands between the bank and its button.
    expect(timer!.y).toBeLessThan(choose!.y);
    expect(otherBox!.y).toBeGreaterThan(choose!.y);
    // The payment page is a plain link, not a second button.
    expect(await other.evaluate((link) => getComputedStyle(link).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await expectGoodOnPhones(page, "order page, two-step");
  });

  test("the success page says what was paid, how and when, with the items", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "BCA");
    const last4 = (await page.getByTestId("va-number").textContent())!.trim().slice(-4);
    await simulate(page, "Simulate payment");
    await expect(page).toHaveURL(new RegExp(`/payment/success\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
    await expect(page.getByText(`Paid with BCA virtual account ending ${last4}.`)).toBeVisible();
    await expect(
      page.getByText(
        new RegExp(
          `We received ${formatRupiah(coffee.price * 2).replace(/\s/g, "\\s")} on \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d WIB`,
        ),
      ),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Your order" }).getByText(coffee.name)).toBeVisible();
    await expectGoodOnPhones(page, "return page, paid");
  });

  test("failed and expired return pages stay readable on phones", async ({ page }) => {
    await fillCart(page);
    await payNow(page, "BNI");
    await simulate(page, "Simulate failure");
    await expect(page.getByRole("heading", { name: "Payment failed" })).toBeVisible();
    await expectGoodOnPhones(page, "return page, failed");

    await fillCart(page);
    await payNow(page, "MANDIRI");
    await simulate(page, "Simulate expiry");
    await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();
    await expectGoodOnPhones(page, "return page, expired");
  });
});
