import "server-only";
import { Auth, setEnvDefaults } from "@auth/core";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { tooManyRequests } from "@/lib/http";
import { authConfig } from "./config";
import { tooManyAttempts } from "./messages";
import { allowSignIn, attachAccountId, authorizeCredentials, rateLimitedRetryAfter } from "./sign-in";

/**
 * The full Auth.js configuration (Node.js only: database and scrypt). JWT sessions, so proxy.ts can
 * read them with the edge-safe ./config alone.
 */
function fullConfig(): NextAuthConfig {
  const base = authConfig();
  return {
    ...base,
    providers: [
      ...base.providers,
      Credentials({
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: authorizeCredentials,
      }),
    ],
    callbacks: { ...base.callbacks, signIn: allowSignIn, jwt: attachAccountId },
  };
}

export const { auth, signIn, signOut } = NextAuth(fullConfig);

/**
 * Auth.js's HTTP endpoints (app/api/auth/[...nextauth]/route.ts). next-auth's own `handlers` hand
 * Auth.js a NextRequest, whose URL Next.js rewrites from 127.0.0.1 to `localhost`, so every URL
 * they built pointed at localhost when APP_URL is http://127.0.0.1:PORT. Here Auth.js gets a plain
 * Request on APP_URL (path and query from the request, origin never), as next-auth would otherwise.
 * A rate-limited credentials sign-in is answered 429 with Retry-After instead of Auth.js's redirect.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const config = fullConfig();
  setEnvDefaults(process.env, config, true);
  const { pathname, search } = new URL(request.url);
  const body =
    request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  const answer = await Auth(
    new Request(`${env().appUrl}${pathname}${search}`, {
      method: request.method,
      headers: request.headers,
      body,
    }),
    config,
  );
  const retryAfter = rateLimitedRetryAfter(answer.headers.get("location"));
  if (retryAfter === undefined) return answer;
  const { messageKey, params } = tooManyAttempts(retryAfter);
  return tooManyRequests(retryAfter, messageKey, params);
}
