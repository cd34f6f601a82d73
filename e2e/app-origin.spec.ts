import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo";
import { header, signIn, signOut } from "./helpers";

// Every absolute URL the app builds comes from APP_URL (the test server runs with
// APP_URL=http://127.0.0.1:<port>), never from the request: a redirect to http://localhost:<port>
// lands on another origin, without the session cookie. Behind a proxy, in a container, or with
// `next start` run without -H, the app is told another name than its public one; requests here
// carry the X-Forwarded-Host such a setup sends, and nothing may follow it.

const { shopper, admin } = DEMO_ACCOUNTS;

const internalName = (baseURL: string) => ({ "x-forwarded-host": `localhost:${new URL(baseURL).port}` });

/** Every URL the browser was sent to: navigations, Location headers and server-action redirects. */
function recordDestinations(page: Page): string[] {
  const seen: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  page.on("response", (response) => {
    const headers = response.headers();
    if (headers["location"]) seen.push(new URL(headers["location"], response.url()).href);
    const actionRedirect = headers["x-action-redirect"]?.split(";")[0];
    if (actionRedirect) seen.push(new URL(actionRedirect, response.url()).href);
  });
  return seen;
}

function expectOnly(seen: string[], appOrigin: string) {
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);
}

test("signing in and out in the browser stays on APP_URL's origin", async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  const seen = recordDestinations(page);

  await page.goto("/signin?callbackUrl=%2Faccount%2Forders");
  await signIn(page, shopper.email, shopper.password);
  await expect(page).toHaveURL(`${appOrigin}/account/orders`);
  await expect(header(page).getByRole("link", { name: "My orders" })).toBeVisible();

  await signOut(page);
  expect(new URL(page.url()).origin).toBe(appOrigin);
  expectOnly(seen, appOrigin);
});

test("an anonymous visit to /admin goes to /signin on APP_URL's origin, and back after", async ({
  page,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL!).origin;
  const seen = recordDestinations(page);

  const direct = await page.request.get("/admin", { headers: internalName(baseURL!), maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  // Next.js shortens a redirect to the request's own origin to a path; either way it is ours.
  expect(new URL(direct.headers()["location"]!, baseURL).href).toBe(
    `${appOrigin}/signin?callbackUrl=%2Fadmin`,
  );

  await page.goto("/admin");
  await expect(page).toHaveURL(`${appOrigin}/signin?callbackUrl=%2Fadmin`);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(`${appOrigin}/admin`);
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  expectOnly(seen, appOrigin);
});

async function csrfToken(request: APIRequestContext, headers: Record<string, string>): Promise<string> {
  const response = await request.get("/api/auth/csrf", { headers });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

test("Auth.js's own endpoints build their URLs from APP_URL, whatever the request says", async ({
  request,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL!).origin;
  const headers = internalName(baseURL!);
  const onApp = (url: string | undefined) => expect(new URL(url!, baseURL).origin).toBe(appOrigin);

  const signInPage = await request.get("/api/auth/signin", { headers, maxRedirects: 0 });
  expect(signInPage.status()).toBe(302);
  const location = new URL(signInPage.headers()["location"]!, baseURL);
  onApp(location.href);
  expect(location.pathname).toBe("/signin");
  onApp(location.searchParams.get("callbackUrl") ?? "/");

  const providers = (await (await request.get("/api/auth/providers", { headers })).json()) as Record<
    string,
    { signinUrl: string; callbackUrl: string }
  >;
  for (const provider of Object.values(providers)) {
    onApp(provider.signinUrl);
    onApp(provider.callbackUrl);
  }

  // The credentials flow over plain HTTP (no server action): signed in, then out.
  const signedIn = await request.post("/api/auth/callback/credentials", {
    headers,
    form: {
      email: shopper.email,
      password: shopper.password,
      csrfToken: await csrfToken(request, headers),
      callbackUrl: "/account/orders",
    },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(302);
  expect(signedIn.headers()["location"]).toBe(`${appOrigin}/account/orders`);

  const signedOut = await request.post("/api/auth/signout", {
    headers,
    form: { csrfToken: await csrfToken(request, headers), callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(302);
  expect(signedOut.headers()["location"]).toBe(`${appOrigin}/`);
});
