import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { coffee, contact, fillCart, header, signIn } from "./helpers";
import { expectAccessible, expectNoSideScroll, NARROW, PHONE } from "./quality";

/** No sideways scroll at a phone's width and at the narrowest; axe once (the rules do not depend on width). */
async function checkPage(page: Page, label: string) {
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `${label} at ${size.width}px`);
  }
  await expectAccessible(page, label);
}

test("the shop's pages pass axe and fit a phone, empty and full", async ({ page }) => {
  await page.goto("/");
  await checkPage(page, "home");
  await expectWhole(header(page).getByRole("link", { name: "Harsya Test Store" }));
  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty.")).toBeVisible();
  await checkPage(page, "empty cart");
  await page.goto("/checkout");
  await checkPage(page, "checkout of an empty cart");
  await page.goto(`/products/${coffee.slug}`);
  await checkPage(page, "product");

  await fillCart(page, [{ slug: coffee.slug, quantity: 2 }]);
  await page.goto("/cart");
  await checkPage(page, "cart");
  await page.goto("/checkout");
  await checkPage(page, "checkout form");

  // A long unbroken word (a product's name, say) wraps instead of pushing the page sideways.
  const long = "Kain".repeat(30);
  await page.goto("/cart");
  await page
    .getByRole("listitem", { name: coffee.name })
    .getByRole("link")
    .first()
    .evaluate((link, text) => {
      link.textContent = text;
    }, long);
  await expectNoSideScroll(page, "cart with a long product name");
  await page.goto("/");
  await page.getByRole("heading", { name: coffee.name }).evaluate((heading, text) => {
    heading.textContent = text;
  }, long);
  await expectNoSideScroll(page, "home with a long product name");
  const store = header(page).getByRole("link").first();
  const name = await store.textContent();
  await store.evaluate((link, text) => {
    link.textContent = text;
  }, long);
  await expectNoSideScroll(page, "home with a long store name");
  await expect(store, "the whole name on hover").toHaveAttribute("title", name!);
});

test("a merchant's header fits a phone, the cart pill whole", async ({ page }) => {
  const { admin } = DEMO_ACCOUNTS;
  await page.goto("/signin");
  await signIn(page, admin.email, admin.password);
  await expect(header(page).getByRole("link", { name: "Admin" })).toBeVisible();
  await page.goto("/");
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `merchant's home at ${size.width}px`);
    for (const name of ["My orders", "Admin", "Sign out", /Cart/]) {
      await expectInside(header(page).getByRole("link", { name }), size.width);
    }
    await expectInside(header(page).getByRole("button", { name: /Switch the language/ }), size.width);
    await expectWhole(header(page).getByRole("link", { name: "Harsya Test Store" }));
  }
});

/** The element shows all of its text (not cut off with an ellipsis). */
async function expectWhole(element: Locator) {
  const [scroll, client] = await element.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll, "the whole text is shown").toBeLessThanOrEqual(client);
}

async function expectInside(element: Locator, width: number) {
  const box = (await element.boundingBox())!;
  expect(box.x, "starts inside the window").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "ends inside the window").toBeLessThanOrEqual(width);
}

test("the shop has its icons: no 404 for /favicon.ico", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-icon.png", /image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  await page.goto("/");
  await expect(page.locator('link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});

/** Presses Tab until `target` has the focus (a keyboard user's way there), at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("a purchase from home to “Payment received” with the keyboard only", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: coffee.name }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: coffee.name })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Add to cart" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Added to cart.")).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "View cart" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Checkout" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  for (const [label, value] of [
    ["Full name", contact.fullName],
    ["Email", contact.email],
    ["Phone", contact.phone],
  ] as const) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(value);
  }
  // The radio group is one Tab stop; Space picks the focused (first) bank.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "BCA", exact: true })).toBeFocused();
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Pay now" }));
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/sandbox\//);
  await tabTo(page, page.getByRole("button", { name: "Simulate payment" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Return to merchant" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
});
