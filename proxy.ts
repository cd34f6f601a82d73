import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { proxyDecision } from "@/lib/auth/rules";
import { catalogPage, isInternalCatalogPath } from "@/lib/catalog/routing";
import { env } from "@/lib/env";
import { localeOfHeaders } from "@/lib/i18n/locales";
import {
  API_POLICY,
  createNonce,
  isApiPath,
  pagePolicy,
  staticPagePolicy,
  strictTransportSecurity,
} from "@/lib/security-headers";
import { answerMalformedForm } from "@/lib/form-body";
import { answerUndecodablePath, isDecodablePath } from "@/lib/path-encoding";
import { failureResponse, failures } from "@/lib/sandbox/envelope";

/**
 * Next 16's proxy (formerly middleware), on every request but static files:
 * - the cached catalog: `/` and product pages are served from /catalog/<language>/… (rendered once
 *   per language, lib/catalog/routing.ts), with a policy that needs no nonce;
 * - on every other page, the Content-Security-Policy with a fresh nonce, also handed to Next.js on
 *   the request so its own inline scripts carry it, and HSTS on a production https server
 *   (lib/security-headers.ts);
 * - the optimistic sign-in guard, reading only the session cookie with the edge-safe Auth.js
 *   config: anonymous visitors of /account and /admin go to /signin, anonymous calls to /api/admin
 *   get 401. Whether a signed-in user is a merchant is decided again by every page and handler
 *   (lib/auth/session.ts), never here alone.
 */
const { auth } = NextAuth(authConfig);

const OAUTH_SIGN_IN_PAGES = { github: "https://github.com", google: "https://accounts.google.com" };

function securityHeaders(pathname: string, kind: "page" | "static page"): Record<string, string> {
  const { appUrl, development, auth: providers } = env();
  const options = {
    development,
    https: appUrl.startsWith("https://"),
    formTargets: (["github", "google"] as const)
      .filter((provider) => providers[provider])
      .map((provider) => OAUTH_SIGN_IN_PAGES[provider]),
  };
  const policy = isApiPath(pathname)
    ? API_POLICY
    : kind === "static page"
      ? staticPagePolicy(options)
      : pagePolicy({ ...options, nonce: createNonce() });
  const hsts = strictTransportSecurity({ production: !development, appUrl });
  return { "Content-Security-Policy": policy, ...(hsts ? { "Strict-Transport-Security": hsts } : {}) };
}

/**
 * `/` and product pages, served from the language's cached page. The page is the same for every
 * visitor of that language (a CDN in front must not cache it by address alone: see the README's
 * "The cached catalog"). The internal addresses pass as they are: Next may send a rewrite back through this proxy (when
 * the server's host name differs from the one the request was made to, e.g. `next start -H <ip>`).
 */
function serveCatalog(request: NextRequest): Response | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const { pathname, searchParams } = request.nextUrl;
  let response: NextResponse;
  if (isInternalCatalogPath(pathname)) {
    response = NextResponse.next();
  } else {
    const page = catalogPage(pathname, searchParams, localeOfHeaders(request.headers));
    if (!page) return undefined;
    const target = request.nextUrl.clone();
    target.pathname = page;
    target.search = "";
    response = NextResponse.rewrite(target);
  }
  for (const [name, value] of Object.entries(securityHeaders(pathname, "static page"))) {
    response.headers.set(name, value);
  }
  return response;
}

/** The signed-in areas: Auth.js's `authorized` callback (lib/auth/config.ts) answers, or `next` runs. */
async function guard(
  request: NextRequest,
  event: NextFetchEvent,
  next: () => NextResponse,
): Promise<Response> {
  // With a lazy config, next-auth's auth(callback) resolves to the middleware, though typed as sync.
  const middleware = await auth((_request: NextRequest, _event: NextFetchEvent) => next());
  return (await middleware(request, event)) ?? next();
}

/** What lib/sandbox/router.ts answers for a path segment it cannot decode. */
const undecodableSandboxPath = () => failureResponse(failures.endpointMissing());

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const { pathname } = request.nextUrl;
  const catalog = isDecodablePath(pathname) ? serveCatalog(request) : undefined;
  if (catalog) return catalog;

  const headers = securityHeaders(pathname, "page");
  // Next.js finds the nonce for its inline scripts in the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  const next = () => NextResponse.next({ request: { headers: forwarded } });

  // First what Next would answer with a bare 500 (a path its router cannot decode, a form body its
  // action handler cannot parse); then only the signed-in areas pay for reading the session.
  const response =
    answerUndecodablePath(request, undecodableSandboxPath, forwarded) ??
    (await answerMalformedForm(request)) ??
    (proxyDecision(pathname, false) === "allow" ? next() : await guard(request, event, next));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets and public/ images (next.config.mjs gives those their headers).
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.svg$).*)"],
};
