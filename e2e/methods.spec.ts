import { expect, test, type Page } from "@playwright/test";
import { contact, fillCart, payNow, simulate } from "./helpers";

// Every way to pay, through the checkout and the sandbox's real hosted page, back to our pages
// (harsya-api.md §10.3 test data; OTP always 000000).

const pay = (page: Page) => page.getByRole("button", { name: "Pay", exact: true });
const heading = (page: Page, name: string) => page.getByRole("heading", { name });

/** Leaves the sandbox's result page for our return page. */
async function returnToShop(page: Page, result: "Payment received" | "Payment failed") {
  await expect(heading(page, result)).toBeVisible();
  await page.getByRole("link", { name: "Return to merchant" }).click();
  await page.waitForURL(/\/payment\/(success|failure|expiration)\?order=/);
}

async function payByCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry date").fill("12/35");
  await page.getByLabel("CVV").fill("123");
  await pay(page).click();
}

async function expectQrImage(page: Page) {
  const code = page.getByRole("img", { name: /QR/ });
  await expect(code).toBeVisible();
  await expect
    .poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
}

test("QRIS: the QR on the gateway's page and on our order page (after a reload too, and as a download), then paid", async ({
  page,
}) => {
  await fillCart(page);
  const orderId = await payNow(page, "QRIS");
  await expectQrImage(page);
  const paymentPage = page.url();

  await page.goto(`/orders/${orderId}`);
  await expect(heading(page, "Waiting for payment")).toBeVisible();
  await expectQrImage(page);
  await expect(page.getByText("QR code valid for:")).toBeVisible();
  await page.reload();
  await expectQrImage(page);
  const download = page.getByRole("link", { name: "Download QR code" });
  const href = await download.getAttribute("href");
  const image = await page.request.get(href!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(image.headers()["content-disposition"]).toMatch(/attachment; filename="QRIS-HC\w+\.png"/);
  const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(saved.suggestedFilename()).toMatch(/^QRIS-HC\w+\.png$/);

  await page.goto(paymentPage);
  await simulate(page, "Simulate payment");
  await expect(heading(page, "Payment received")).toBeVisible();
  await expect(page.getByText("Paid with QRIS.")).toBeVisible();
  // Paid: the QR is gone from the order, and from its image address.
  expect((await page.request.get(href!)).status()).toBe(404);
});

test("DANA 08111111001 with the OTP pays", async ({ page }) => {
  await fillCart(page);
  await payNow(page, "DANA");
  await expect(heading(page, "Pay with DANA")).toBeVisible();
  await page.getByLabel("Phone number").fill("08111111001");
  await pay(page).click();
  await page.getByLabel("OTP").fill("000000");
  await pay(page).click();
  await returnToShop(page, "Payment received");
  await expect(heading(page, "Payment received")).toBeVisible();
  await expect(page.getByText("Paid with E-wallet (DANA).")).toBeVisible();
});

test("OVO asks for its phone (prefilled from the contact phone); 08111111003 fails with the reason", async ({
  page,
}) => {
  await fillCart(page);
  await page.goto("/checkout");
  await page.getByLabel("Full name").fill(contact.fullName);
  await page.getByLabel("Email").fill(contact.email);
  await page.getByLabel("Phone", { exact: true }).fill(contact.phone);
  await page.getByRole("radio", { name: "OVO", exact: true }).check();
  const walletPhone = page.getByLabel("OVO phone number");
  await expect(walletPhone).toHaveValue(contact.phone);
  await walletPhone.fill("021 555 1234");
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(walletPhone).toHaveAttribute("aria-invalid", "true");
  await expect(walletPhone).toHaveAccessibleDescription(/Enter the e-wallet’s mobile number/);

  await walletPhone.fill("08111111003");
  await page.getByRole("button", { name: "Pay now" }).click();
  await page.waitForURL(/\/sandbox\//);
  // The number went with the request: the wallet asks only for the code.
  await expect(page.getByText("OVO sent a payment request to +628111111003")).toBeVisible();
  await page.getByLabel("OTP").fill("000000");
  await pay(page).click();
  await returnToShop(page, "Payment failed");
  await expect(heading(page, "Payment failed")).toBeVisible();
  await expect(page.getByTestId("failure-reason")).toHaveText(
    "There was not enough balance to pay. No money was taken.",
  );
  await expect(page.getByRole("link", { name: "Try another method" })).toBeVisible();
});

test("card 4440000112200001 is paid; its brand and last digits are shown", async ({ page }) => {
  await fillCart(page);
  await payNow(page, "Card");
  await payByCard(page, "4440000112200001");
  await returnToShop(page, "Payment received");
  await expect(heading(page, "Payment received")).toBeVisible();
  await expect(page.getByText("Paid with Visa ending 0001.")).toBeVisible();
});

test("card 4440000112290002 through the 3-D Secure challenge is paid", async ({ page }) => {
  await fillCart(page);
  await payNow(page, "Card");
  await payByCard(page, "4440000112290002");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await returnToShop(page, "Payment received");
  await expect(heading(page, "Payment received")).toBeVisible();
});

test("a declined card says why, keeps the cart, and another method pays", async ({ page }) => {
  await fillCart(page);
  await payNow(page, "Card");
  await payByCard(page, "4440000334480001");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await returnToShop(page, "Payment failed");
  await expect(heading(page, "Payment failed")).toBeVisible();
  await expect(page.getByTestId("failure-reason")).toHaveText(
    "The card was declined by its bank. No money was taken.",
  );
  await page.getByRole("link", { name: "Try another method" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole("button", { name: "Pay now" })).toBeEnabled();

  await payNow(page, "QRIS");
  await expectQrImage(page);
  await simulate(page, "Simulate payment");
  await expect(heading(page, "Payment received")).toBeVisible();
});

test("choose on the payment page: QRIS chosen on the gateway's page, then paid", async ({ page }) => {
  await fillCart(page);
  const orderId = await payNow(page, "Choose on the payment page");
  const others = page.getByRole("group", { name: "Or pay another way" });
  await others.getByRole("radio", { name: /^QRIS/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectQrImage(page);
  const paymentPage = page.url();

  // Our order page learns the method from the gateway and shows the same QR.
  await page.goto(`/orders/${orderId}`);
  await expectQrImage(page);
  await page.goto(paymentPage);
  await simulate(page, "Simulate payment");
  await expect(heading(page, "Payment received")).toBeVisible();
  await expect(page.getByText("Paid with QRIS.")).toBeVisible();
});

test("a virtual account's page explains how to pay that bank, in tabs the arrow keys move through", async ({
  page,
}) => {
  await fillCart(page);
  const orderId = await payNow(page, "BRI");
  await page.goto(`/orders/${orderId}`);
  const vaNumber = (await page.getByTestId("va-number").textContent())!.trim();
  const tabs = page.getByRole("tablist", { name: "How to pay with BRI" });
  const atm = tabs.getByRole("tab", { name: "ATM" });
  await expect(atm).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "ATM" })).toContainText(
    `Enter the virtual account number ${vaNumber}.`,
  );
  await atm.focus();
  await page.keyboard.press("ArrowRight");
  const mobile = tabs.getByRole("tab", { name: "Mobile banking (BRImo)" });
  await expect(mobile).toBeFocused();
  await expect(mobile).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Mobile banking (BRImo)" })).toContainText(
    "Sign in to BRImo.",
  );
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "Internet banking (BRI Internet Banking)" })).toBeFocused();
});
