import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { z } from "zod";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { expectNoSideScroll, NARROW, PHONE } from "./quality";
import { fillCart, signIn } from "./helpers";

// Shared by the office-*.spec.ts files: signed-in contexts made once per file (the sign-in
// throttle allows ~50 per address per 15 minutes), sandbox sessions made through the API.

const MERCHANT = { "X-MERCHANT-ID": "sandbox-client-id", "X-MERCHANT-SECRET": "sandbox-client-secret" };
const Envelope = z.object({ code: z.literal("00"), data: z.unknown() });
const Session = z.object({ id: z.string(), paymentUrl: z.string() });
let sequence = 0;

/** A new browser context signed in as one of the demo accounts. */
export async function signedIn(browser: Browser, who: "admin" | "shopper", next = "/") {
  const account = DEMO_ACCOUNTS[who];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await signIn(page, account.email, account.password);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return page;
}

/** A sandbox payment session with the given method fields, made as the merchant would. */
export async function sandboxSession(
  request: APIRequestContext,
  baseURL: string,
  method: Record<string, unknown> = {},
) {
  const token = await request.post("/sandbox/v1/access-token", {
    headers: MERCHANT,
    data: { grantType: "client_credentials" },
  });
  const { accessToken } = z
    .object({ accessToken: z.string() })
    .parse(Envelope.parse(await token.json()).data);
  const reference = `E2EO${Date.now()}${(sequence += 1)}`;
  const response = await request.post("/sandbox/v2/payments", {
    headers: { Authorization: `Bearer ${accessToken}`, "X-REQUEST-ID": `${reference}-office` },
    data: {
      clientReferenceId: reference,
      amount: { value: 150_000, currency: "IDR" },
      redirectUrl: {
        successReturnUrl: `${baseURL}/?returned=success`,
        failureReturnUrl: `${baseURL}/?returned=failure`,
        expirationReturnUrl: `${baseURL}/?returned=expired`,
      },
      ...method,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return Session.parse(Envelope.parse(await response.json()).data);
}

/** A guest order placed with this name, paid by BCA virtual account on the sandbox page. */
export async function paidOrderNamed(page: Page, fullName: string): Promise<string> {
  await fillCart(page);
  await page.goto("/checkout");
  await page.getByLabel("Full name").fill(fullName);
  await page.getByLabel("Email").fill("long.name@example.com");
  await page.getByLabel("Phone").fill("0812 3456 7890");
  await page.getByRole("radio", { name: "BCA", exact: true }).check();
  let orderId = "";
  await page.route("**/api/checkout", async (route) => {
    const response = await route.fetch();
    orderId = ((await response.json()) as { orderId?: string }).orderId ?? "";
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Pay now" }).click();
  await page.waitForURL(/\/sandbox\//);
  await page.unroute("**/api/checkout");
  await page.getByRole("button", { name: "Simulate payment" }).click();
  await expect(page.getByRole("link", { name: "Return to merchant" })).toBeVisible();
  return orderId;
}

/** No sideways scroll at a phone's width and at the narrowest we promise; back to the desktop. */
export async function expectNoSideScrollOnPhones(page: Page, label = page.url()) {
  const desktop = page.viewportSize();
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `${label} at ${size.width}px`);
  }
  if (desktop) await page.setViewportSize(desktop);
}

/**
 * The page's main content fits a phone without sideways scroll. For signed-in pages, whose shared
 * header (components/ui/site-header.tsx, not these pages') is measured by its own specs.
 */
export async function expectMainFitsPhones(page: Page, label = page.url()) {
  const desktop = page.viewportSize();
  for (const size of [PHONE, NARROW]) {
    await page.setViewportSize(size);
    const main = await page.locator("main").evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      right: element.getBoundingClientRect().right,
      window: document.documentElement.clientWidth,
    }));
    expect(
      main.scrollWidth,
      `${label}: main is ${main.scrollWidth}px wide at ${size.width}px`,
    ).toBeLessThanOrEqual(main.clientWidth);
    expect(main.right, `${label}: main ends past the window at ${size.width}px`).toBeLessThanOrEqual(
      main.window,
    );
  }
  if (desktop) await page.setViewportSize(desktop);
}
