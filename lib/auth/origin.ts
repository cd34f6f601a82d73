/**
 * Mutating route handlers only accept requests sent by our own pages: the browser's Origin header
 * (or, when a browser omits it, the Referer) must be the configured APP_URL's origin. Cookies alone
 * would let another site post on a signed-in merchant's or a shopper's behalf. Browsers send Origin
 * on every POST, PATCH and DELETE, same-origin fetches included, so a request with neither header
 * comes from a script or tool, not from our pages, and is refused too. Pure: the caller passes APP_URL.
 */
export type OriginProblem = "missing" | "foreign";

/** What is wrong with where the request comes from, or null when it comes from APP_URL. */
export function originProblem(request: Request, appUrl: string): OriginProblem | null {
  const expected = originOf(appUrl);
  const origin = request.headers.get("origin");
  // "null" is what sandboxed frames and some redirects send: never ours.
  if (origin !== null) return expected && originOf(origin) === expected ? null : "foreign";
  const referer = request.headers.get("referer");
  if (referer === null) return "missing";
  return expected && originOf(referer) === expected ? null : "foreign";
}

export function checkOrigin(request: Request, appUrl: string): boolean {
  return originProblem(request, appUrl) === null;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}
