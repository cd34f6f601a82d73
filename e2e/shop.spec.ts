import { expect, test, type Page } from "@playwright/test";
import { CATALOG } from "../lib/db/catalog";
import { formatRupiah } from "../lib/money";
import { fillCart, header, payNow, simulate } from "./helpers";

const coffee = CATALOG.find((p) => p.slug === "kopi-gayo-arabica")!;
const tea = CATALOG.find((p) => p.slug === "teh-melati")!;

async function addFromProductPage(page: Page, name: string, quantity: number) {
  await page.goto("/");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to cart.")).toBeVisible();
}

test("browse, fill the cart, change a quantity, remove a line", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Made in Indonesia" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("0");
  await expect(page.getByText(formatRupiah(coffee.price)).first()).toBeVisible();

  await addFromProductPage(page, coffee.name, 1);
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("1");
  await addFromProductPage(page, tea.name, 2);
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("3");

  await page.getByRole("link", { name: /Cart/ }).click();
  await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  const subtotal = page.getByTestId("cart-subtotal");
  await expect(subtotal).toHaveText(formatRupiah(coffee.price + tea.price * 2));

  const coffeeLine = page.getByRole("listitem", { name: coffee.name });
  await coffeeLine.getByLabel("Quantity").fill("3");
  await coffeeLine.getByRole("button", { name: "Update" }).click();
  await expect(subtotal).toHaveText(formatRupiah(coffee.price * 3 + tea.price * 2));
  await expect(coffeeLine.getByText(formatRupiah(coffee.price * 3))).toBeVisible();
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("5");

  await page.getByRole("listitem", { name: tea.name }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("listitem", { name: tea.name })).toHaveCount(0);
  await expect(subtotal).toHaveText(formatRupiah(coffee.price * 3));
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("3");

  // The cart lives on the server: a reload shows the same thing.
  await page.reload();
  await expect(page.getByTestId("cart-subtotal")).toHaveText(formatRupiah(coffee.price * 3));
  await expect(page.getByRole("link", { name: "Checkout" })).toHaveAttribute("href", "/checkout");
});

test("a bad quantity is refused with a visible message and changes nothing", async ({ page }) => {
  await addFromProductPage(page, coffee.name, 2);
  await page.goto("/cart");
  const line = page.getByRole("listitem", { name: coffee.name });

  await line.getByLabel("Quantity").fill("1000");
  await line.getByRole("button", { name: "Update" }).click();
  await expect(line.getByText("You can buy at most 99.")).toBeVisible();

  await line.getByLabel("Quantity").fill("0");
  await line.getByRole("button", { name: "Update" }).click();
  await expect(line.getByText("Enter at least 1.")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("cart-subtotal")).toHaveText(formatRupiah(coffee.price * 2));
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("2");
});

test("more than the stock is refused on the product page", async ({ page }) => {
  const runner = CATALOG.find((p) => p.slug === "kain-tenun-ikat")!;
  await page.goto(`/products/${runner.slug}`);
  await page.getByLabel("Quantity").fill(String(runner.stock + 1));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(
    page.getByText(`${runner.name} has only ${runner.stock} left in stock. Enter ${runner.stock} or fewer.`),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Cart/ })).toContainText("0");
});

test("unknown pages look like the shop", async ({ page }) => {
  const response = await page.goto("/products/no-such-thing");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the shop" })).toBeVisible();
});

test("the cached catalog shows a sale of the last items at once, and their return when the order expires", async ({
  page,
}) => {
  const coasters = CATALOG.find((p) => p.slug === "rattan-coasters")!;
  const card = page.getByRole("listitem").filter({ hasText: coasters.name });
  await page.goto("/");
  await expect(card).not.toContainText("Sold out");

  // The whole stock in one order: its product page and its catalog card say so on the next view.
  await fillCart(page, [{ slug: coasters.slug, quantity: coasters.stock }]);
  await payNow(page, "BCA");
  const paymentPage = page.url();
  await page.goto(`/products/${coasters.slug}`);
  await expect(page.getByText("Sold out.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to cart" })).toHaveCount(0);
  // The static page's header still knows this browser: its cart and its open payment.
  await expect(header(page).getByTestId("cart-count")).toHaveText(String(coasters.stock));
  await expect(header(page).getByRole("link", { name: "Resume payment" })).toBeVisible();
  await page.goto("/");
  await expect(card).toContainText("Sold out");

  // The order expires unpaid: the stock is back on the shelf, and on the pages. (The callback's
  // work runs after its answer, so the pages may lag the order's status by a moment.)
  await page.goto(paymentPage);
  await simulate(page, "Simulate expiry");
  await expect(page.getByRole("heading", { name: "Payment expired" })).toBeVisible();
  await expect(async () => {
    await page.goto(`/products/${coasters.slug}`);
    await expect(page.getByText("In stock.")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await page.goto("/");
  await expect(card).not.toContainText("Sold out");
});
