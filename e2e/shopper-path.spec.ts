import { expect, test } from "@playwright/test";
import { CATALOG } from "../lib/db/catalog";
import { formatRupiah } from "../lib/money";
import { contact, fillCart, header, payNow } from "./helpers";
import { expectAccessible, expectNoSideScroll, NARROW, PHONE } from "./quality";

const gula = CATALOG.find((p) => p.slug === "gula-aren")!;
const sambal = CATALOG.find((p) => p.slug === "sambal-matah")!;

test("back from the payment page: the open payment is offered everywhere, the form is as typed", async ({
  page,
  context,
}) => {
  await fillCart(page, [{ slug: gula.slug, quantity: 1 }]);
  const orderId = await payNow(page, "BCA");
  await expect(page.getByText(/\b\d{16}\b/).first()).toBeVisible();
  await page.goBack();

  // Checkout: the banner says what is open, for how much, until when, and leads back to it.
  await expect(page).toHaveURL(/\/checkout$/);
  const banner = page.getByRole("region", { name: "You have a payment waiting" });
  await expect(banner).toContainText("BCA virtual account");
  await expect(banner).toContainText(formatRupiah(gula.price));
  await expect(banner).toContainText(/Pay before \d{2}:\d{2} WIB, \w+day \d{1,2} \w+/);
  await expect(banner.getByRole("link", { name: "Resume payment" })).toHaveAttribute(
    "href",
    `/orders/${orderId}`,
  );
  await expect(header(page).getByRole("link", { name: "Resume payment" })).toHaveCount(0);
  // What was typed is still there, the bank too.
  await expect(page.getByLabel("Full name")).toHaveValue(contact.fullName);
  await expect(page.getByLabel("Email")).toHaveValue(contact.email);
  await expect(page.getByLabel("Phone")).toHaveValue(contact.phone);
  await expect(page.getByRole("radio", { name: "BCA", exact: true })).toBeChecked();

  // Another bank: what happens to the first VA is said before "Pay now".
  const note = page.getByRole("status").filter({ hasText: "stays valid until" });
  await expect(note).toHaveCount(0);
  await page.getByRole("radio", { name: "BNI", exact: true }).check();
  await expect(note).toContainText(
    /The BCA virtual account of order HC\w+ stays valid until \d{2}:\d{2} WIB/,
  );
  await expect(note.getByRole("link", { name: "Show my open payment" })).toHaveAttribute(
    "href",
    `/orders/${orderId}`,
  );
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `checkout with the resume banner at ${size.width}px`);
  }
  await expectAccessible(page, "checkout with the resume banner and the note");
  // Pressing "Pay now" anyway: the server refuses a second VA; the answer says until when the first
  // can be paid, takes the focus, and replaces the note.
  await page.getByRole("button", { name: "Pay now" }).click();
  const refusal = page.getByText(/already has a BCA virtual account/);
  await expect(refusal).toContainText(/It can be paid until \d{2}:\d{2} WIB/);
  await expect(refusal).toBeFocused();
  await expect(note).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Show my open payment" })).toHaveCount(1);
  await page.getByRole("radio", { name: "BCA", exact: true }).check();
  await expect(note).toHaveCount(0);

  await page.goto("/cart");
  await expect(page.getByRole("region", { name: "You have a payment waiting" })).toContainText(
    "BCA virtual account",
  );
  await expectNoSideScroll(page, "cart with the resume banner");
  await expectAccessible(page, "cart with the resume banner");

  // Other pages: a one-line hint in the header.
  await page.goto("/");
  const hint = header(page).getByRole("link", { name: "Resume payment" });
  await expect(header(page)).toContainText(`Payment waiting: ${formatRupiah(gula.price)}, pay before`);
  await expectNoSideScroll(page, "home with the payment hint");
  await expectAccessible(page, "home with the payment hint");
  await page.setViewportSize({ width: 1280, height: 800 });
  await hint.click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
  await expect(header(page).getByRole("link", { name: "Resume payment" })).toHaveCount(0);

  // A new tab knows nothing typed: the contact remembered at checkout fills the form...
  const other = await context.newPage();
  await other.goto("/checkout");
  await expect(other.getByLabel("Full name")).toHaveValue(contact.fullName);
  await expect(other.getByLabel("Phone")).toHaveValue("081234567890");
  // ...and without it, the cart's latest order does.
  await context.clearCookies({ name: "hc_contact" });
  await other.reload();
  await expect(other.getByLabel("Email")).toHaveValue(contact.email);
  await expect(other.getByLabel("Phone")).toHaveValue("081234567890");
});

test("errors say what to do and take the focus; the product page's limit is its stock", async ({ page }) => {
  await page.goto(`/products/${sambal.slug}`);
  const quantity = page.getByLabel("Quantity");
  await quantity.fill(String(sambal.stock + 1));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(
    page.getByText(`${sambal.name} has only ${sambal.stock} left in stock. Enter ${sambal.stock} or fewer.`),
  ).toBeVisible();
  await expect(page.getByText("must be at most 99")).toHaveCount(0);
  await expect(quantity).toBeFocused();
  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await quantity.fill("0");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Enter a quantity of 1 or more.")).toBeVisible();
  await expect(quantity).toBeFocused();
  await quantity.fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to cart.")).toBeVisible();

  // The cart: a refused quantity keeps the focus on its field, with the reason tied to it.
  await page.goto("/cart");
  const line = page.getByRole("listitem", { name: sambal.name });
  await line.getByLabel("Quantity").fill("1000");
  await line.getByRole("button", { name: "Update" }).click();
  await expect(line.getByLabel("Quantity")).toBeFocused();
  await expect(line.getByLabel("Quantity")).toHaveAttribute("aria-invalid", "true");

  // Checkout: nothing typed names every field with what to do, and the focus goes to the first.
  await page.goto("/checkout");
  await page.getByLabel("Full name").fill("");
  await page.getByLabel("Email").fill("");
  await page.getByLabel("Phone").fill("");
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByText("Enter your full name")).toBeVisible();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByText(/^Enter your phone number/)).toBeVisible();
  await expect(page.getByLabel("Full name")).toBeFocused();
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `checkout with errors at ${size.width}px`);
  }
  await expectAccessible(page, "checkout with errors");

  // The server's refusal: the focus goes to the first field it names.
  await page.getByLabel("Full name").fill(contact.fullName);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Phone").fill(contact.phone);
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(
    page.getByText(/^Email enter a valid email address|^Enter a valid email address/),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
});
