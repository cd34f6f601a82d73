// Time to truth, in a real browser: from pressing "Simulate payment" on the sandbox's payment page
// to "Payment received" on our return page, with the callback delivered and with it dropped (then
// only the return page's polls, which re-sync the order, can tell).
import { chromium } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One purchase: a fresh browser context (its own cart), paid on the sandbox page; answers ms. */
async function timeOnePayment(browser, base, dropCallback) {
  const context = await browser.newContext({ baseURL: base, locale: "en-US" });
  try {
    const origin = { origin: base };
    const added = await context.request.post("/api/cart/lines", {
      headers: origin,
      data: { productId: 1, quantity: 1 },
    });
    if (!added.ok()) throw new Error(`add to cart: HTTP ${added.status()}`);
    const started = await context.request.post("/api/checkout", {
      headers: origin,
      data: {
        fullName: "Bench Browser",
        email: "browser@example.com",
        phone: "081234567890",
        paymentMethod: "BRI",
      },
    });
    if (!started.ok()) throw new Error(`checkout: HTTP ${started.status()} ${await started.text()}`);
    const { paymentUrl } = await started.json();
    const page = await context.newPage();
    await page.goto(paymentUrl);
    if (dropCallback) await page.getByLabel("Don't send the callback").check();
    const button = page.getByRole("button", { name: "Simulate payment" });
    await button.waitFor();
    const pressed = performance.now();
    await button.click();
    const received = page.getByRole("heading", { name: "Payment received" });
    // Without bypassStatusPage the gateway's result page comes first: the shopper clicks through.
    const detour = page.getByRole("link", { name: "Return to merchant" });
    await received.or(detour).first().waitFor({ timeout: 30_000 });
    if (await detour.isVisible()) await detour.click();
    await received.waitFor({ timeout: 30_000 });
    return performance.now() - pressed;
  } finally {
    await context.close();
  }
}

/** Median and spread of `runs` payments each way; answers { delivered, dropped } in ms. */
export async function timeToTruth(base, { runs = 10 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const results = {};
    for (const [key, drop] of [
      ["delivered", false],
      ["dropped", true],
    ]) {
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await timeOnePayment(browser, base, drop));
      results[key] = { median: median(times), min: Math.min(...times), max: Math.max(...times), times };
    }
    return results;
  } finally {
    await browser.close();
  }
}
