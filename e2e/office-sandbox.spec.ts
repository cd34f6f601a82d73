import { expect, test } from "@playwright/test";
import { expectAccessible } from "./quality";
import { expectNoSideScrollOnPhones, sandboxSession } from "./office-helpers";

// The sandbox's pages: axe at WCAG 2.2 AA, no sideways scroll on phones, the bank picker's own
// message, and a payment made with the keyboard alone.

const CARD = { paymentMethod: { type: "CARD" }, paymentMethodOptions: { card: {} } };
const WALLET = { paymentMethod: { type: "EWALLET" }, paymentMethodOptions: { ewallet: { channel: "DANA" } } };
const QR = { paymentMethod: { type: "QR" } };

test("the pay page without a method: accessible, fits a phone, and names a missing bank in place", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await sandboxSession(request, baseURL!, {
    paymentMethod: null,
    paymentMethodOptions: null,
  });
  await page.goto(session.paymentUrl);
  const banks = page.getByRole("group", { name: "Choose your bank" });
  await expect(banks).toBeVisible();
  await expectAccessible(page, "sandbox pay page, choosing a method");
  await expectNoSideScrollOnPhones(page, "sandbox pay page");

  await page.getByRole("button", { name: "Show virtual account" }).click();
  const message = page.getByText("Choose a bank first.");
  await expect(message).toBeVisible();
  await expect(banks).toHaveAccessibleDescription("Choose a bank first.");
  await expect(banks.getByRole("radio").first()).toBeFocused();
  await expect(page).toHaveURL(session.paymentUrl);
  await expectAccessible(page, "sandbox pay page, bank missing");

  // Choosing one clears the message and issues the virtual account.
  await banks.getByRole("radio", { name: /^BRI/ }).check();
  await page.getByRole("button", { name: "Show virtual account" }).click();
  await expect(page.getByTestId("va-number")).toBeVisible();
  await expectAccessible(page, "sandbox pay page, virtual account");
  await expectNoSideScrollOnPhones(page, "sandbox virtual account page");
});

test("the pay page can be used with the keyboard alone: pick a bank, then simulate the payment", async ({
  page,
  request,
  baseURL,
}) => {
  const session = await sandboxSession(request, baseURL!, {
    paymentMethod: null,
    paymentMethodOptions: null,
  });
  await page.goto(session.paymentUrl);
  const banks = page.getByRole("group", { name: "Choose your bank" });
  await expect(banks).toBeVisible();
  // Tab into the bank group, arrow to the second bank, tab to the button and press Enter.
  for (
    let i = 0;
    i < 10 &&
    !(await banks
      .getByRole("radio")
      .first()
      .evaluate((e) => e === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(banks.getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(banks.getByRole("radio").nth(1)).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show virtual account" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("va-number")).toBeVisible();

  const pay = page.getByRole("button", { name: "Simulate payment" });
  for (let i = 0; i < 30 && !(await pay.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(pay).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  await expectAccessible(page, "sandbox result page");
  await expectNoSideScrollOnPhones(page, "sandbox result page");
});

test("QRIS, wallet and card views, and the 3-D Secure page, are accessible and fit a phone", async ({
  page,
  request,
  baseURL,
}) => {
  for (const [name, method] of [
    ["QRIS", QR],
    ["wallet", WALLET],
    ["card", CARD],
  ] as const) {
    const session = await sandboxSession(request, baseURL!, method);
    await page.goto(session.paymentUrl);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, `sandbox pay page, ${name}`);
    await expectNoSideScrollOnPhones(page, `sandbox pay page, ${name}`);
  }
  // The card view is still open: a card that asks for 3-D Secure.
  await page.getByLabel("Card number").fill("4440000112290002");
  await page.getByLabel("Expiry date").fill("12/35");
  await page.getByLabel("CVV").fill("123");
  await page.getByLabel("Name on card").fill("Budi Santoso");
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page).toHaveURL(/\/sandbox\/pay\/3ds\?token=/);
  await expect(page.getByRole("button", { name: "Authenticate" })).toBeVisible();
  await expectAccessible(page, "sandbox 3-D Secure page");
  await expectNoSideScrollOnPhones(page, "sandbox 3-D Secure page");
});

test("the callbacks page is accessible and fits a phone", async ({ page }) => {
  await page.goto("/sandbox/callbacks");
  await expect(page.getByRole("button", { name: "Send test callback" })).toBeVisible();
  await expectAccessible(page, "sandbox callbacks page");
  await expectNoSideScrollOnPhones(page, "sandbox callbacks page");
});
