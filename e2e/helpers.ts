import { expect, type Page } from "@playwright/test";
import { CATALOG } from "../lib/db/catalog";

export const coffee = CATALOG.find((p) => p.slug === "kopi-gayo-arabica")!;
export const tea = CATALOG.find((p) => p.slug === "teh-melati")!;

/** Fills the browser's cart the way a shopper does, from product pages. */
export async function fillCart(
  page: Page,
  items: { slug: string; quantity: number }[] = [{ slug: coffee.slug, quantity: 2 }],
) {
  for (const item of items) {
    await page.goto(`/products/${item.slug}`);
    await page.getByLabel("Quantity").fill(String(item.quantity));
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByText("Added to cart.")).toBeVisible();
  }
}

/**
 * The Origin our own pages send with every POST, PATCH and DELETE. Route handlers refuse changes
 * without it, so calls made with `page.request` (which sends none) carry it explicitly.
 */
export const fromShop = (baseURL: string | undefined) => ({
  origin: new URL(baseURL!).origin,
  "accept-language": "en",
});

export const contact = { fullName: "Budi Santoso", email: "budi@example.com", phone: "0812 3456 7890" };

/** Fills the checkout form and presses "Pay now"; resolves with the order id the API answered. */
export async function payNow(
  page: Page,
  method: string,
  options: { keepPrefill?: boolean } = {},
): Promise<string> {
  await page.goto("/checkout");
  if (!options.keepPrefill) {
    await page.getByLabel("Full name").fill(contact.fullName);
    await page.getByLabel("Email").fill(contact.email);
  }
  await page.getByLabel("Phone").fill(contact.phone);
  await page.getByRole("radio", { name: method, exact: true }).check();
  // Read the answer in the route: the page leaves for the payment page as soon as it arrives.
  let orderId = "";
  await page.route("**/api/checkout", async (route) => {
    const response = await route.fetch();
    orderId = ((await response.json()) as { orderId?: string }).orderId ?? "";
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Pay now" }).click();
  await page.waitForURL(/\/sandbox\//);
  await page.unroute("**/api/checkout");
  return orderId;
}

// Each run may reuse a server (E2E_REUSE_SERVER=1), so every new account gets a fresh email.
export const freshEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
export const PASSWORD = "kopi tubruk pagi";

export const header = (page: Page) => page.getByRole("banner");

export async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await header(page).getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Presses one of the sandbox page's simulate buttons and follows the shopper back to the shop. */
export async function simulate(
  page: Page,
  button: "Simulate payment" | "Simulate failure" | "Simulate expiry",
  options: { dropCallback?: boolean; stay?: boolean } = {},
) {
  if (options.dropCallback) await page.getByLabel("Don't send the callback").check();
  await page.getByRole("button", { name: button }).click();
  if (options.stay) {
    // Stay on the sandbox's result page: nothing of ours is asked about the order.
    await expect(page.getByRole("link", { name: "Return to merchant" })).toBeVisible();
    await page.goto("about:blank");
    return;
  }
  // The sandbox's result page sends the shopper back by itself; the link does it at once.
  await page.getByRole("link", { name: "Return to merchant" }).click();
}
