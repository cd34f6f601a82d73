/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted link cannot
 * bounce a freshly signed-in shopper to another site. Absolute URLs on our own origin (Auth.js
 * builds those) are reduced to their path.
 */
export function safeCallbackPath(value: unknown, appUrl: string, fallback = "/"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let url: URL;
  try {
    const base = new URL(appUrl);
    url = new URL(value, base);
    if (url.origin !== base.origin) return fallback;
  } catch {
    return fallback;
  }
  // "//evil.example" and "/\evil.example" resolve off-site in browsers; URL parsing above already
  // sent them elsewhere, this guards the raw form too.
  if (/^(\/\/|\/\\|\\)/.test(value)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/api/") || path.startsWith("/signin") || path.startsWith("/signout")
    ? fallback
    : path;
}
