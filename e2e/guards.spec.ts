import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { freshEmail, fromShop, PASSWORD, signIn, signUp } from "./helpers";

// Sign-in and sign-up are rate-limited per email (5 attempts per 15 minutes) and per client
// address; the shopper's mutating routes accept only requests from the shop's own pages. Every
// test uses fresh emails, and few attempts from this machine's address, so the rest of a run on
// the same server stays well under the per-address limits.

const TOO_MANY = "Too many attempts. Try again in 15 minutes.";

/** Waits for the form's server action to answer: every refusal shows the same sentence. */
async function answered(page: Page, path: "/signin" | "/signup", submit: () => Promise<void>) {
  const response = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === path,
  );
  await submit();
  await response;
}

test("the sixth sign-in attempt for one email within 15 minutes is refused on the form", async ({ page }) => {
  const email = freshEmail("guess");
  await page.goto("/signin");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await answered(page, "/signin", () => signIn(page, email, `wrong password ${attempt}`));
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await signIn(page, email, PASSWORD);
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await expect(page.getByText("Wrong email or password.")).toHaveCount(0);
});

async function postCredentials(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { email, password: "wrong password", csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
}

test("over HTTP, Auth.js's credentials endpoint answers 429 with Retry-After", async ({ request }) => {
  const email = freshEmail("script");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const refused = await postCredentials(request, email);
    expect(refused.status()).toBe(302);
    expect(refused.headers()["location"]).toContain("error=CredentialsSignin");
  }
  const limited = await postCredentials(request, email);
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(await limited.json()).toEqual({
    error: { code: "rate_limited", message: TOO_MANY, retryable: true },
  });
});

test("sign-up is limited per email too", async ({ page }) => {
  const email = freshEmail("twice");
  await signUp(page, { name: "Rina", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account\/orders$/);
  await page.context().clearCookies();
  for (let attempt = 2; attempt <= 5; attempt += 1) {
    await answered(page, "/signup", () => signUp(page, { name: "Rina", email, password: PASSWORD }));
    await expect(page.getByText("An account with this email already exists.").first()).toBeVisible();
  }
  await signUp(page, { name: "Rina", email, password: PASSWORD });
  await expect(page.getByText(TOO_MANY)).toBeVisible();
});

test("cart, checkout and confirm refuse requests from other sites or without an Origin", async ({
  request,
  baseURL,
}) => {
  const changes = [
    { method: "POST", path: "/api/cart/lines", data: { productId: 1, quantity: 1 } },
    { method: "PATCH", path: "/api/cart/lines/1", data: { quantity: 2 } },
    { method: "DELETE", path: "/api/cart/lines/1", data: undefined },
    { method: "POST", path: "/api/checkout", data: {} },
    {
      method: "POST",
      path: "/api/orders/00000000-0000-4000-8000-000000000000/confirm",
      data: { channel: "BCA" },
    },
  ];
  for (const { method, path, data } of changes) {
    const send = (headers: Record<string, string>) => request.fetch(path, { method, headers, data });

    const foreign = await send({ origin: "https://evil.example" });
    expect(foreign.status(), `${method} ${path} from another site`).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: "bad_origin" } });

    const missing = await send({});
    expect(missing.status(), `${method} ${path} without Origin`).toBe(403);
    const body = (await missing.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("missing_origin");
    expect(body.error.message).toContain(`Origin: ${new URL(baseURL!).origin}`);

    const ours = await send(fromShop(baseURL));
    expect(ours.status(), `${method} ${path} from the shop`).not.toBe(403);
  }
});
