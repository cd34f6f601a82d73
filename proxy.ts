import NextAuth from "next-auth";
import type { NextProxy } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { answerUndecodablePath } from "@/lib/path-encoding";

/**
 * Optimistic guard (Next 16's proxy, formerly middleware): reads only the session cookie, using the
 * edge-safe Auth.js config. Anonymous visitors of /account and /admin go to /signin, anonymous calls
 * to /api/admin get 401. Whether a signed-in user is a merchant is decided again by every page and
 * handler (lib/auth/session.ts), never here alone.
 */
const { auth } = NextAuth(authConfig);

// Called with (request, event), `auth` is the guard itself; its overloads do not declare that form.
// (Its wrapper form, `auth(fn)`, gives a promise with a lazy configuration, which Next refuses.)
const authGuard = auth as unknown as NextProxy;

export const proxy: NextProxy = (request, event) =>
  // First the paths Next's router cannot decode, which it would answer with a bare 500.
  answerUndecodablePath(request) ?? authGuard(request, event);

export const config = {
  matcher: [
    "/account/:path*",
    "/admin/:path*",
    "/api/admin/:path*",
    // Every path with a %-escape, so that undecodable ones reach the check; others never run the proxy.
    "/(.*%.*)",
  ],
};
