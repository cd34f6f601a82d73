import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponseIn } from "@/lib/http";
import { localeOfHeaders } from "@/lib/i18n/locales";

/**
 * Paths that are not valid percent-encoded UTF-8, like `/orders/%E0%A4%A`. Next's router decodes
 * every dynamic segment with decodeURIComponent while matching routes, before any handler or page
 * runs; the URIError becomes Next's DecodeError, whose 400 page an App Router app does not have,
 * so `next start` answers a bare "Internal Server Error" 500 and logs nothing. proxy.ts runs before
 * that matching (and its matcher picks every path with a "%" in it), so it answers them here.
 */

/** Whether Next can decode this (still encoded) path. Paths without "%" cost one scan. */
export function isDecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer for an undecodable path, as each part of the site answers a bad address: the shop's
 * API a JSON 400 naming the path, the sandbox's API the gateway's 404 envelope, pages the HTML 404
 * page. Undefined for every other path, which goes on as usual. The sandbox's answer is handed in
 * (by proxy.ts) because the shop shares no code with the sandbox.
 */
export function answerUndecodablePath(
  request: NextRequest,
  sandboxAnswer: () => Response,
  requestHeaders?: Headers,
): Response | undefined {
  const { pathname } = request.nextUrl;
  if (isDecodablePath(pathname)) return undefined;
  if (pathname.startsWith("/api/")) {
    return errorResponseIn(localeOfHeaders(request.headers), {
      code: "malformed_path",
      fields: { path: { problem: "invalid" } },
    });
  }
  if (/^\/sandbox\/v\d+\//.test(pathname)) {
    return sandboxAnswer();
  }
  // Next's own not-found route renders app/not-found.tsx with a 404, like any unknown page.
  return NextResponse.rewrite(new URL("/_not-found", request.url), {
    status: 404,
    ...(requestHeaders ? { request: { headers: requestHeaders } } : {}),
  });
}
