import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

/**
 * Optimistic guard (Next 16's proxy, formerly middleware): reads only the session cookie, using the
 * edge-safe Auth.js config. Anonymous visitors of /account and /admin go to /signin, anonymous calls
 * to /api/admin get 401. Whether a signed-in user is a merchant is decided again by every page and
 * handler (lib/auth/session.ts), never here alone.
 */
const { auth } = NextAuth(authConfig);

export const proxy = auth;

export const config = {
  matcher: ["/account/:path*", "/admin/:path*", "/api/admin/:path*"],
};
