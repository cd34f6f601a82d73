// `npm run screenshots`: the README's pictures of the shopper's path, at desktop width in English
// and at phone width in Indonesian, taken from a production build (.next-e2e, or BUILD=1 to build)
// in Debian's Chromium. Writes docs/screenshots/*.jpg.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startBenchServer } from "./bench-server.mjs";

const out = "docs/screenshots";
mkdirSync(out, { recursive: true });
if (process.env.BUILD !== "1") process.env.BENCH_SKIP_BUILD = "1";
const server = await startBenchServer({
  port: Number(process.env.SCREENSHOT_PORT ?? 3450),
  distDir: process.env.BUILD === "1" ? ".next-bench" : ".next-e2e",
  dataDir: ".data/screenshots",
  env: { STORE_NAME: "Toko Nusantara" },
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });

const runs = [
  {
    name: "desktop-en",
    viewport: { width: 1280, height: 860 },
    locale: "en-US",
    words: { add: "Add to cart", qty: "Quantity", name: "Full name", phone: "Phone", pay: "Pay now" },
    sandbox: { pay: "Simulate payment" },
  },
  {
    name: "phone-id",
    viewport: { width: 390, height: 844 },
    locale: "id-ID",
    words: {
      add: "Tambah ke keranjang",
      qty: "Jumlah",
      name: "Nama lengkap",
      phone: "Nomor HP",
      pay: "Bayar sekarang",
    },
    sandbox: { pay: "Simulasikan pembayaran" },
  },
];

try {
  for (const run of runs) {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: run.viewport,
      locale: run.locale,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const shot = (what) =>
      page.screenshot({ path: `${out}/${run.name}-${what}.jpg`, type: "jpeg", quality: 70, fullPage: true });

    await page.goto("/");
    await shot("catalog");
    await page.goto("/products/kopi-gayo-arabica");
    await page.getByLabel(run.words.qty).fill("2");
    await page.getByRole("button", { name: run.words.add }).click();
    await page.waitForTimeout(500);
    await page.goto("/checkout");
    await page.getByLabel(run.words.name).fill("Budi Santoso");
    await page.getByLabel("Email").fill("budi@example.com");
    await page.getByLabel(run.words.phone, { exact: true }).fill("0812 3456 7890");
    await page.getByRole("radio", { name: "BCA", exact: true }).check();
    await shot("checkout");
    let orderId = "";
    await page.route("**/api/checkout", async (route) => {
      const response = await route.fetch();
      orderId = (await response.json()).orderId ?? "";
      await route.fulfill({ response });
    });
    await page.getByRole("button", { name: run.words.pay }).click();
    await page.waitForURL(/\/sandbox\//);
    await shot("gateway");
    const gateway = page.url();
    // Back from the gateway: the checkout offers to resume the open payment.
    await page.goto("/checkout");
    await page.waitForTimeout(800);
    await shot("resume");
    await page.goto(`/orders/${orderId}`);
    await page.waitForTimeout(800);
    await shot("order");
    await page.goto(gateway);
    await page.getByRole("button", { name: run.sandbox.pay }).click();
    // The session bypasses the gateway's status page (HARSYA_BYPASS_STATUS_PAGE): straight back.
    await page.waitForURL(/\/payment\//);
    await page.waitForTimeout(1500);
    await shot("paid");
    await page.goto("/orders");
    await shot("lookup");
    await page.goto("/sandbox/mailbox");
    await shot("mailbox");
    await context.close();
    console.log(`${run.name}: done`);
  }
} finally {
  await browser.close();
  server.stop();
}
