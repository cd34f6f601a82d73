import { expect, test } from "@playwright/test";
import { CATALOG } from "../lib/db/catalog";
import { formatRupiah } from "../lib/money";
import { coffee, contact, fillCart, fromShop, payNow, simulate } from "./helpers";

test.describe("checkout and payment", () => {
  test("pay with BCA and see the payment received", async ({ page }) => {
    await fillCart(page, [{ slug: coffee.slug, quantity: 2 }]);
    const orderId = await payNow(page, "BCA");

    await expect(page.getByText(formatRupiah(coffee.price * 2)).first()).toBeVisible();
    await expect(page.getByText(/\b\d{16}\b/).first()).toBeVisible();
    await simulate(page, "Simulate payment");

    await expect(page).toHaveURL(new RegExp(`/payment/success\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
    // Paid products leave the cart; the order page tells the same truth.
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Cart/ })).toContainText("0");
  });

  test("a failed payment says so and offers another method", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "BNI");
    await simulate(page, "Simulate failure");
    await expect(page).toHaveURL(new RegExp(`/payment/failure\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment failed" })).toBeVisible();
    await page.getByRole("link", { name: "Try another method" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByRole("button", { name: "Pay now" })).toBeEnabled();
  });

  test("an expired payment says so and offers a new order", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "MANDIRI");
    await simulate(page, "Simulate expiry");
    await expect(page).toHaveURL(new RegExp(`/payment/expiration\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start a new order" })).toBeVisible();
  });

  test("two-step: choose the bank on our order page, then pay", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "Choose on the payment page");
    await page.goto(`/orders/${orderId}`);
    await expect(page.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();
    await page.getByRole("radio", { name: "PERMATA", exact: true }).check();
    await page.getByRole("button", { name: "Pay with this bank" }).click();
    await page.waitForURL(/\/sandbox\//);
    await expect(page.getByText("PERMATA").first()).toBeVisible();
    await simulate(page, "Simulate payment");
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  });

  test("choose the bank on the payment page", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "Choose on the payment page");
    await page.getByRole("radio", { name: /^BRI\b/ }).check();
    await page.getByRole("button", { name: "Show virtual account" }).click();
    await expect(page.getByText(/\b\d{16}\b/).first()).toBeVisible();
    await simulate(page, "Simulate payment");
    await expect(page).toHaveURL(new RegExp(`/payment/success\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
    await expect(page.getByText(/^Order HC/)).toBeVisible();
  });

  test("a double click, a retry or a reload opens one order and one session", async ({ page, baseURL }) => {
    await fillCart(page);
    await page.goto("/checkout");
    await page.getByLabel("Full name").fill(contact.fullName);
    await page.getByLabel("Email").fill(contact.email);
    await page.getByLabel("Phone").fill(contact.phone);
    await page.getByRole("radio", { name: "BCA", exact: true }).check();
    const answers: string[] = [];
    await page.route("**/api/checkout", async (route) => {
      const response = await route.fetch();
      answers.push(((await response.json()) as { orderId: string }).orderId);
      await route.fulfill({ response });
    });
    await page.getByRole("button", { name: "Pay now" }).dblclick();
    await page.waitForURL(/\/sandbox\//);
    const first = page.url();

    // The same checkout again, twice at once, as a retry after a network error would send it.
    const body = { ...contact, paymentMethod: "BCA" };
    const retries = await Promise.all(
      [1, 2].map(
        async () =>
          (await (
            await page.request.post("/api/checkout", { headers: fromShop(baseURL), data: body })
          ).json()) as {
            orderId: string;
            paymentUrl: string;
          },
      ),
    );
    const ids = new Set([...answers, ...retries.map((retry) => retry.orderId)]);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(ids.size).toBe(1);
    expect(retries.map((retry) => retry.paymentUrl)).toEqual([first, first]);
  });

  test("the success page of an unpaid order says it is waiting, with the VA number", async ({
    page,
    baseURL,
  }) => {
    await fillCart(page);
    // Whatever the browser says about money is ignored: the server prices the cart.
    const response = await page.request.post("/api/checkout", {
      headers: fromShop(baseURL),
      data: { ...contact, paymentMethod: "CIMB", amount: 1, items: [{ productId: 1, unitPrice: 1 }] },
    });
    const { orderId, paymentUrl } = (await response.json()) as { orderId: string; paymentUrl: string };
    const status = (await (await page.request.get(`/api/orders/${orderId}`)).json()) as {
      order: { amount: number };
    };
    expect(status.order.amount).toBe(coffee.price * 2);
    await page.goto(`/payment/success?order=${orderId}`);
    await expect(page.getByRole("heading", { name: "Waiting for payment" })).toBeVisible();
    await expect(page.getByTestId("va-number")).toHaveText(/^\d{16}$/);
    await expect(page.getByRole("timer")).toBeVisible();
    await expect(page.getByRole("link", { name: "Continue to payment" })).toHaveAttribute("href", paymentUrl);
  });

  test("with the callback dropped, the page still learns the payment was received", async ({ page }) => {
    await fillCart(page);
    const orderId = await payNow(page, "BSI");
    await simulate(page, "Simulate payment", { dropCallback: true });
    await expect(page).toHaveURL(new RegExp(`/payment/success\\?order=${orderId}`));
    await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  });

  test("another browser cannot see the order", async ({ page, browser, baseURL }) => {
    await fillCart(page);
    const response = await page.request.post("/api/checkout", {
      headers: fromShop(baseURL),
      data: { ...contact, paymentMethod: "BCA" },
    });
    const { orderId } = (await response.json()) as { orderId: string };
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    expect((await other.request.get(`/api/orders/${orderId}`)).status()).toBe(404);
    expect((await other.goto(`/payment/success?order=${orderId}`))?.status()).toBe(404);
    await stranger.close();
  });

  test("bad contact details are named, and nothing is lost", async ({ page }) => {
    await fillCart(page);
    await page.goto("/checkout");
    await page.getByLabel("Full name").fill("B");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Phone").fill("12345");
    await page.getByRole("button", { name: "Pay now" }).click();
    // Each field says what to do, in the words a shopper reads, tied to the field.
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(
      /Enter a valid email address, like name@example\.com\./,
    );
    await expect(page.getByLabel("Phone")).toHaveAccessibleDescription(
      /Enter an Indonesian mobile number, e\.g\. 0812 3456 7890\./,
    );
    await expect(page.getByLabel("Full name")).toHaveAccessibleDescription(/Enter your full name\./);
    await expect(page.getByRole("button", { name: "Pay now" })).toBeEnabled();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  });

  test("an empty cart cannot check out", async ({ page, baseURL }) => {
    await page.goto("/checkout");
    await expect(page.getByText("Your cart is empty")).toBeVisible();
    await expect(page.getByRole("link", { name: "Continue shopping" })).toBeVisible();
    const response = await page.request.post("/api/checkout", {
      headers: fromShop(baseURL),
      data: { ...contact, paymentMethod: "BCA" },
    });
    expect(response.status()).toBe(422);
  });

  test("the reconciler answers only with the cron secret, and settles a paid order nobody watches", async ({
    page,
  }) => {
    await fillCart(page);
    const orderId = await payNow(page, "BNC");
    await simulate(page, "Simulate payment", { dropCallback: true, stay: true });

    expect((await page.request.get("/api/cron/reconcile")).status()).toBe(401);
    expect(
      (
        await page.request.get("/api/cron/reconcile", {
          headers: { authorization: "Bearer wrong-secret-0123456789" },
        })
      ).status(),
    ).toBe(401);
    const run = await page.request.get("/api/cron/reconcile", {
      headers: { authorization: "Bearer e2e-cron-secret-0123456789" },
    });
    expect(run.status()).toBe(200);
    const report = (await run.json()) as { checked: number; changed: number; failed: number };
    expect(report.failed).toBe(0);
    expect(report.changed).toBeGreaterThanOrEqual(1);
    const order = (await (await page.request.get(`/api/orders/${orderId}`)).json()) as {
      order: { status: string };
    };
    expect(order.order.status).toBe("PAID");
  });
});

test("back from the payment page, another bank: the issued VA is shown, not a second one", async ({
  page,
}) => {
  const pouch = CATALOG.find((product) => product.slug === "songket-pouch")!;
  await fillCart(page, [{ slug: pouch.slug, quantity: 1 }]);
  const first = await payNow(page, "BCA");
  const vaNumber = (
    await page
      .getByText(/\b\d{16}\b/)
      .first()
      .textContent()
  )?.match(/\d{16}/)?.[0];
  await page.goBack();

  await page.goto("/checkout");
  await page.getByLabel("Full name").fill(contact.fullName);
  await page.getByLabel("Email").fill(contact.email);
  await page.getByLabel("Phone").fill(contact.phone);
  await page.getByRole("radio", { name: "BNI", exact: true }).check();
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByText(/already has a BCA virtual account/)).toBeVisible();
  await page.getByRole("link", { name: "Show my open payment" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${first}$`));
  await expect(page.getByText(vaNumber!).first()).toBeVisible();
});
