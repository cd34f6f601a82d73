import "server-only";
import type { NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { NextResponse } from "next/server";
import { env, pinAuthUrl } from "@/lib/env";
import { errorResponseIn } from "@/lib/http";
import { localeOfHeaders } from "@/lib/i18n/locales";
import { appRedirectUrl } from "./callback-url";
import { proxyDecision } from "./rules";

/**
 * The edge-safe half of the Auth.js configuration, shared by proxy.ts and the full configuration in
 * ./index.ts. It must not import the database or node:crypto: proxy.ts only decodes the session
 * cookie. Built per request (lazy), so `next build` never needs AUTH_SECRET.
 */
export function authConfig(): NextAuthConfig {
  const { auth, appUrl } = env();
  // Every Auth.js entry point (route handlers, auth(), signIn/signOut, proxy.ts) builds this
  // configuration before it reads AUTH_URL, so this is early enough for all of them.
  pinAuthUrl();
  return {
    // Where app/api/auth/[...nextauth] is mounted; AUTH_URL (pinned above) ends with it.
    basePath: "/api/auth",
    secret: auth.secret,
    trustHost: auth.trustHost,
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers: [...(auth.github ? [GitHub(auth.github)] : []), ...(auth.google ? [Google(auth.google)] : [])],
    logger: {
      error(error) {
        // A wrong password is an answer, not a fault: without this, each one prints a stack trace.
        if ("type" in error && error.type === "CredentialsSignin") return;
        console.error("[auth][error]", error);
      },
    },
    callbacks: {
      authorized({ request, auth: session }) {
        const { pathname, search } = request.nextUrl;
        const decision = proxyDecision(pathname, Boolean(session?.user?.id));
        if (decision === "unauthenticated_json") {
          return errorResponseIn(localeOfHeaders(request.headers), { code: "unauthenticated" });
        }
        if (decision === "sign_in_page") {
          const signIn = new URL(`${appUrl}/signin`);
          signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
          return NextResponse.redirect(signIn);
        }
        return true;
      },
      redirect: ({ url }) => appRedirectUrl(url, appUrl),
      session({ session, token }) {
        // The session's user id is our users.id (see the jwt callback in ./index.ts).
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
