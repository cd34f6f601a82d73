// Coming back to these after signing in would loop, or answer JSON instead of a page.
const NO_RETURN = ["/signin", "/signup", "/signout", "/api"];

/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted link cannot
 * bounce a freshly signed-in shopper to another site. Absolute URLs on our own origin (Auth.js
 * builds those) are reduced to their path.
 */
export function safeCallbackPath(value: unknown, appUrl: string, fallback = "/"): string {
  if (typeof value !== "string" || value === "") return fallback;
  // "//evil.example" and "/\evil.example" are other sites to a browser, whatever URL parsing says.
  if (/^(\/\/|\/\\|\\)/.test(value)) return fallback;
  let url: URL;
  try {
    const base = new URL(appUrl);
    url = new URL(value, base);
    if (url.origin !== base.origin) return fallback;
  } catch {
    return fallback;
  }
  const loops = NO_RETURN.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`));
  return loops ? fallback : `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where Auth.js may send the browser (its `redirect` callback): a URL on APP_URL's origin, relative
 * ones resolved against APP_URL, never against the request; anything else goes to APP_URL itself.
 */
export function appRedirectUrl(url: string, appUrl: string): string {
  try {
    const base = new URL(`${appUrl}/`);
    const target = new URL(url, base);
    return target.origin === base.origin ? target.href : appUrl;
  } catch {
    return appUrl;
  }
}
