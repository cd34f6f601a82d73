/**
 * Mutating route handlers only accept requests sent by our own pages: the browser's Origin header
 * (or, when a browser omits it, the Referer) must be the configured APP_URL's origin. Cookies alone
 * would let another site post on a signed-in merchant's behalf. Pure: the caller passes APP_URL.
 */
export function checkOrigin(request: Request, appUrl: string): boolean {
  const expected = originOf(appUrl);
  if (!expected) return false;
  const origin = request.headers.get("origin");
  // "null" is what sandboxed frames and some redirects send: never ours.
  if (origin !== null) return originOf(origin) === expected;
  const referer = request.headers.get("referer");
  return referer !== null && originOf(referer) === expected;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}
