import { expect, test } from "@playwright/test";
import { formatRupiah } from "../../lib/money";
import { coffee } from "../helpers";
import { expectAccessible } from "../quality";

// The whole purchase as an Indonesian shopper sees it (Accept-Language: id-ID): every label read
// here is the Indonesian word of one the English suite reads.

test("a shopper buys in Indonesian, from the catalog to “Pembayaran diterima”, and gets the emails in Indonesian", async ({
  page,
}) => {
  const amount = formatRupiah(coffee.price * 2);

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.getByRole("link", { name: coffee.name }).first().click();
  await page.getByLabel("Jumlah").fill("2");
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
  await expect(page.getByText("Sudah masuk keranjang.")).toBeVisible();

  await page.goto("/cart");
  await expect(page.getByRole("heading", { name: "Keranjang Anda" })).toBeVisible();
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();

  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByLabel("Nama lengkap").fill("Siti Rahayu");
  await page.getByLabel("Email").fill("siti@example.com");
  await page.getByLabel("Nomor HP").fill("0813 1111 2222");
  await page.getByRole("radio", { name: "BCA", exact: true }).check();
  await expectAccessible(page, "checkout (id)");
  await page.getByRole("button", { name: "Bayar sekarang" }).click();

  // The sandbox's payment page speaks the shopper's language too.
  await page.waitForURL(/\/sandbox\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.getByRole("button", { name: "Simulasikan pembayaran" }).click();
  await page.getByRole("link", { name: "Kembali ke merchant" }).click();

  await expect(page.getByRole("heading", { name: "Pembayaran diterima" })).toBeVisible();
  await expect(page.getByText(`Terima kasih! Kami sudah menerima ${amount}`)).toBeVisible();
  await expectAccessible(page, "return page (id)");

  // The messages went out in the language of the checkout.
  await expect(async () => {
    await page.goto("/sandbox/mailbox");
    await expect(page.getByRole("link", { name: /^Pesanan HC\w+ dibuat: cara pembayaran$/ })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("link", { name: /^Pembayaran diterima/ })).toBeVisible();
});
