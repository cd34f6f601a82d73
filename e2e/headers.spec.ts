import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { contact, fillCart, fromShop, header, payNow, signIn, simulate } from "./helpers";

// Security headers on every kind of response, and a real browser that still runs every page
// under the Content-Security-Policy. The test server's APP_URL is http://, so no HSTS here
// (lib/security-headers.test.ts covers production on https).

type Headers = Record<string, string>;

function expectCommonHeaders(headers: Headers, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** A page's policy: nonced scripts only, no inline or third-party script, never framed. */
function expectPagePolicy(headers: Headers, what: string): string {
  expectCommonHeaders(headers, what);
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).toContain("object-src 'none'");
  const scripts = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  expect(scripts, what).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'$/);
  return /'nonce-([^']+)'/.exec(scripts)![1]!;
}

/** Next.js's own scripts carry the header's nonce, so they run while injected ones do not. */
async function expectNoncedScripts(response: Response | APIResponse, what: string) {
  const nonce = expectPagePolicy(response.headers(), what);
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, what).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`);
}

function expectApiPolicy(headers: Headers, what: string) {
  expectCommonHeaders(headers, what);
  expect(headers["content-security-policy"], what).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
}

/** Places an order from this browser's cart and answers its id and payment page. */
async function placeOrder(page: Page, baseURL: string | undefined) {
  await fillCart(page);
  const response = await page.request.post("/api/checkout", {
    headers: fromShop(baseURL),
    data: { ...contact, paymentMethod: "BCA" },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { orderId: string; paymentUrl: string };
}

test("shop, checkout, return and sandbox payment pages: nonced CSP, a new nonce each time", async ({
  page,
  baseURL,
}) => {
  const { orderId, paymentUrl } = await placeOrder(page, baseURL);
  const pages = {
    cart: "/cart",
    checkout: "/checkout",
    "return page": `/payment/success?order=${orderId}`,
    "order page": `/orders/${orderId}`,
    "sandbox payment page": new URL(paymentUrl).pathname + new URL(paymentUrl).search,
    "sign-in page": "/signin",
    "not found": "/no-such-page",
  };
  for (const [what, path] of Object.entries(pages)) {
    const response = await page.request.get(path);
    expect(response.status(), what).toBe(what === "not found" ? 404 : 200);
    await expectNoncedScripts(response, what);
  }
  const nonces = await Promise.all(
    [1, 2].map(async () => expectPagePolicy((await page.request.get("/cart")).headers(), "cart")),
  );
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("the cached catalog: the same bytes for every visitor, and a policy without a nonce", async ({
  page,
  browser,
  baseURL,
}) => {
  // A shopper with a cart and an open order, and a stranger: neither leaves a trace in the page.
  await placeOrder(page, baseURL);
  const stranger = await browser.newContext({ extraHTTPHeaders: { "accept-language": "en" } });
  for (const [what, path] of Object.entries({ shop: "/", product: "/products/kopi-gayo-arabica" })) {
    const [mine, theirs] = [await page.request.get(path), await stranger.request.get(path)];
    expect(mine.status(), what).toBe(200);
    expect(await mine.text(), what).toBe(await theirs.text());
    expect(theirs.headers()["x-nextjs-cache"], what).toBe("HIT");
    expectCommonHeaders(mine.headers(), what);
    const policy = mine.headers()["content-security-policy"] ?? "";
    expect(policy, what).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy, what).toContain("frame-ancestors 'none'");
    expect(policy, what).toContain("object-src 'none'");
    expect(policy, what).not.toContain("nonce");
  }
  await stranger.close();
});

test("admin: the redirect to sign in, the dashboard, and the admin API's 401", async ({ page }) => {
  const redirect = await page.request.get("/admin", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectPagePolicy(redirect.headers(), "admin redirect");

  const api = await page.request.post("/api/admin/orders/any/sync", { data: { confirm: true } });
  expect(api.status()).toBe(401);
  expectApiPolicy(api.headers(), "admin API");

  await page.goto("/signin?callbackUrl=%2Fadmin");
  await signIn(page, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  const dashboard = await page.request.get("/admin");
  expect(dashboard.status()).toBe(200);
  await expectNoncedScripts(dashboard, "admin dashboard");
});

test("API, sandbox API and static files", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expectApiPolicy(health.headers(), "/api/health");

  const sandbox = await request.post("/sandbox/v1/access-token", { data: {} });
  expectApiPolicy(sandbox.headers(), "sandbox API");

  const image = await request.get("/products/kopi-gayo-arabica.svg");
  expect(image.status()).toBe(200);
  expectCommonHeaders(image.headers(), "product image");
  expect(image.headers()["content-security-policy"]).toContain("default-src 'none'");

  const html = await (await request.get("/")).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const asset = await page.request.get(script!);
  expect(asset.status()).toBe(200);
  expectCommonHeaders(asset.headers(), "script asset");
});

test("another site cannot frame the checkout or the payment page", async ({ page, baseURL }) => {
  const { paymentUrl } = await placeOrder(page, baseURL);
  for (const url of [`${baseURL}/checkout`, paymentUrl]) {
    // about:blank is another origin than the shop's; setContent waits for the frame's load too.
    await page.goto("about:blank");
    await page.setContent(`<iframe src="${url}" width="800" height="600"></iframe>`);
    const framed = await page
      .frames()[1]!
      .locator("body")
      .textContent()
      .catch(() => "");
    expect(framed ?? "", url).not.toContain("Harsya Test Store");
  }
});

/** Collects the browser's reports of what the policy blocked. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test("markup injected into a page cannot run inline or third-party script", async ({ page }) => {
  const violations = recordViolations(page);
  // As if a stored XSS had slipped markup into the checkout page: the policy header is unchanged.
  await page.route("**/checkout", async (route) => {
    const response = await route.fetch();
    const injected = (await response.text()).replace(
      "</body>",
      '<script>window.injected = true</script><script src="https://cdn.evil.example/x.js"></script></body>',
    );
    await route.fulfill({ response, body: injected });
  });
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
  await expect.poll(() => violations.length).toBe(2);
  expect(violations.join("\n")).toContain("cdn.evil.example");
});

test("with the policy on, every page hydrates and the browser reports no violation", async ({ page }) => {
  const violations = recordViolations(page);

  // Adding to the cart, the checkout form, the payment page's buttons and the return page's
  // polling all need the client-side code the policy must let run.
  await fillCart(page);
  const orderId = await payNow(page, "BCA");
  await expect(page.getByText(/\b\d{16}\b/).first()).toBeVisible();
  await simulate(page, "Simulate payment");
  await expect(page).toHaveURL(new RegExp(`/payment/success\\?order=${orderId}`));
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();

  await page.goto("/signin");
  await signIn(page, DEMO_ACCOUNTS.shopper.email, DEMO_ACCOUNTS.shopper.password);
  await expect(header(page).getByRole("link", { name: "My orders" })).toBeVisible();
  await page.goto("/account/orders");
  await expect(page.getByRole("heading", { name: "My orders" })).toBeVisible();

  expect(violations).toEqual([]);
});
