import { expect, test } from "@playwright/test";

// This project's browser asks for Indonesian (Accept-Language: id-ID), as most shoppers' do.

test("an Indonesian browser gets the shop in Indonesian, and the switcher's choice sticks", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("contentinfo")).toContainText("Harga dalam rupiah");

  await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("contentinfo")).toContainText("Prices in Indonesian rupiah");

  // The cookie outranks the browser's language, on every page and after a reload.
  await page.goto("/cart");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Switch the language to Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

test("API errors answer in the shopper's language, naming fields by their labels", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const indonesian = await request.post("/api/checkout", {
    headers: { origin, "accept-language": "id-ID" },
    data: { fullName: "", email: "bukan-email", phone: "12", paymentMethod: "BCA" },
  });
  expect(indonesian.status()).toBe(400);
  const { error } = await indonesian.json();
  expect(error.code).toBe("validation_error");
  expect(error.message).toBe("Mohon periksa: Nama lengkap, Email, Nomor HP.");
  expect(error.fields.fullName).toBe("Masukkan nama lengkap Anda.");

  const english = await request.post("/api/checkout", {
    headers: { origin, "accept-language": "id-ID", cookie: "locale=en" },
    data: { fullName: "", email: "bukan-email", phone: "12", paymentMethod: "BCA" },
  });
  expect((await english.json()).error.fields).toMatchObject({
    fullName: "Enter your full name.",
    email: "Enter a valid email address, like name@example.com.",
  });
});

test("a language that is not ours is refused by name", async ({ request, baseURL }) => {
  const response = await request.post("/api/locale", {
    headers: { origin: new URL(baseURL!).origin, "accept-language": "en" },
    form: { locale: "fr" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.fields.locale).toBe("Choose Bahasa Indonesia or English.");
});
