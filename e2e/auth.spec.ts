import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { freshEmail, header, PASSWORD, signIn, signOut, signUp } from "./helpers";

const { shopper, admin } = DEMO_ACCOUNTS;

test("sign up, see an empty order history, sign out and sign in again", async ({ page }) => {
  const email = freshEmail("sari");
  await signUp(page, { name: "Sari Wulandari", email, password: PASSWORD });

  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole("heading", { name: "My orders" })).toBeVisible();
  await expect(page.getByText("You have no orders yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse products" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "My orders" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

  await signOut(page);
  await page.goto("/account/orders");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount%2Forders$/);
  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByText(`Orders placed while signed in as ${email}`)).toBeVisible();
});

test("sign-up explains weak passwords and a taken email, keeping what was typed", async ({ page }) => {
  const email = freshEmail("budi");
  await signUp(page, { name: "Budi", email, password: "short" });
  await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue("Budi");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("This password is too common. Choose one that is harder to guess."),
  ).toBeVisible();

  await signUp(page, { name: "Not Dewi", email: shopper.email, password: PASSWORD });
  await expect(
    page.getByText("An account with this email already exists. Sign in instead.").first(),
  ).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong password or an unknown email is refused with one message", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, shopper.email, "not the password");
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(shopper.email);

  await signIn(page, freshEmail("nobody"), PASSWORD);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("anonymous visitors are sent to sign in, and API calls get 401", async ({ page }) => {
  await page.goto("/admin?status=PAID");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%3Fstatus%3DPAID$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const api = await page.request.post("/api/admin/orders/any/sync", { data: { confirm: true } });
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ error: { code: "unauthenticated" } });

  // Signing in as the demo merchant comes back to the filtered dashboard.
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\?status=PAID$/);
  await expect(page.getByLabel("Status")).toHaveValue("PAID");
});

test("a signed-in shopper gets 403 on admin pages and the admin API", async ({ page, baseURL }) => {
  await page.goto("/signin");
  await signIn(page, shopper.email, shopper.password);
  await expect(header(page).getByRole("link", { name: "My orders" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

  for (const path of ["/admin", "/admin/orders/any-order"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  }

  for (const action of ["sync", "cancel"]) {
    const api = await page.request.post(`/api/admin/orders/any-order/${action}`, {
      headers: { origin: baseURL! },
      data: { confirm: true },
    });
    expect(api.status(), action).toBe(403);
    expect(await api.json()).toMatchObject({ error: { code: "forbidden" } });
  }
});

test("the demo merchant sees the dashboard, filters it, and the admin API checks its input", async ({
  page,
  baseURL,
}) => {
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Admin" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Paid today" })).toBeVisible();
  await expect(page.getByTestId("paid-today")).toContainText(/\d+ orders? · Rp/);
  await expect(page.getByText("Asia/Jakarta time")).toBeVisible();

  await page.getByLabel("Status").selectOption({ label: "Paid" });
  await page.getByLabel("Search").fill("no-such-order@example.com");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=PAID(&method=)?&q=no-such-order%40example.com/);
  await expect(page.getByText("No orders match these filters.")).toBeVisible();
  await expect(page.getByText("Page 1 of 1 · 0 orders")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByLabel("Status")).toHaveValue("");

  const unknown = await page.goto("/admin/orders/no-such-order");
  expect(unknown?.status()).toBe(404);

  const post = (origin: string, data: unknown) =>
    page.request.post("/api/admin/orders/no-such-order/sync", { headers: { origin }, data });
  const foreign = await post("https://evil.example", { confirm: true });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ error: { code: "bad_origin" } });
  const unconfirmed = await post(baseURL!, {});
  expect(unconfirmed.status()).toBe(422);
  const missing = await post(baseURL!, { confirm: true });
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: "order_not_found" } });
});
