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

export const contact = { fullName: "Budi Santoso", email: "budi@example.com", phone: "0812 3456 7890" };

/** Fills the checkout form and presses "Pay now"; resolves with the order id the API answered. */
export async function payNow(page: Page, method: string): Promise<string> {
  await page.goto("/checkout");
  await page.getByLabel("Full name").fill(contact.fullName);
  await page.getByLabel("Email").fill(contact.email);
  await page.getByLabel("Phone").fill(contact.phone);
  await page.getByRole("radio", { name: method, exact: true }).check();
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/checkout"));
  await page.getByRole("button", { name: "Pay now" }).click();
  const body = (await (await answered).json()) as { orderId: string };
  await page.waitForURL(/\/sandbox\//);
  return body.orderId;
}
