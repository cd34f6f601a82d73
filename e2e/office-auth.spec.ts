import { expect, test } from "@playwright/test";
import { expectAccessible } from "./quality";
import { expectMainFitsPhones, expectNoSideScrollOnPhones, signedIn } from "./office-helpers";

// Sign-in, sign-up and the error pages: axe at WCAG 2.2 AA, phones, and where the focus goes
// after a refused submit (the field to fix, or the message when no field is to blame).

test("sign-in: accessible, fits a phone, and a refused submit moves the focus to what to fix", async ({
  page,
}) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page, "sign-in");
  await expectNoSideScrollOnPhones(page, "sign-in");

  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expectAccessible(page, "sign-in with errors");

  // No field to blame: the message itself takes the focus.
  await page.getByLabel("Email").fill("nobody-office@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByText("Wrong email or password.");
  await expect(message).toBeVisible();
  await expect(message).toBeFocused();
});

test("sign-up: accessible with and without errors, fits a phone, focus on the first field to fix", async ({
  page,
}) => {
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await expectAccessible(page, "sign-up");
  await expectNoSideScrollOnPhones(page, "sign-up");

  await page.getByLabel("Name").fill("Budi");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expectAccessible(page, "sign-up with errors");
  await expectNoSideScrollOnPhones(page, "sign-up with errors");
});

test("not-found and forbidden pages are accessible and fit a phone", async ({ page, browser }) => {
  const missing = await page.goto("/no-such-page-office");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page, "not-found");
  await expectNoSideScrollOnPhones(page, "not-found");

  const shopper = await signedIn(browser, "shopper");
  const response = await shopper.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(shopper.getByRole("heading", { name: "Access denied" })).toBeVisible();
  // One frame around it: the store's header and main, not a second set inside.
  await expect(shopper.getByRole("banner")).toHaveCount(1);
  await expect(shopper.getByRole("main")).toHaveCount(1);
  await expectAccessible(shopper, "forbidden");
  await expectMainFitsPhones(shopper, "forbidden");

  // notFound() from a store page: the same single frame.
  const gone = await shopper.goto("/products/no-such-product-office");
  expect(gone?.status()).toBe(404);
  await expect(shopper.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(shopper.getByRole("banner")).toHaveCount(1);
  await expect(shopper.getByRole("main")).toHaveCount(1);
  await shopper.context().close();
});
