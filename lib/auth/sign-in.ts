import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import type { Account, Profile, User as AuthUser } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { text } from "@/lib/bounds";
import { clientAddress } from "@/lib/http";
import { database } from "@/lib/server/deps";
import { hashPassword, verifyPassword } from "./password";
import { canUseAccount } from "./rules";
import { adminConfig } from "./settings";
import { countSignInAttempt, forgetSignInFailures } from "./throttle";
import { findOrCreateOAuthUser, findUserByEmail } from "./users";
import { Email, SignInInput } from "./validation";

export const RATE_LIMITED_CODE = "rate_limited";

/**
 * Too many sign-in attempts for this email or address. The sign-in form shows the wait; over HTTP
 * Auth.js redirects with `code=rate_limited:<seconds>`, which the route turns into a 429.
 */
export class SignInRateLimited extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.code = `${RATE_LIMITED_CODE}:${retryAfterSeconds}`;
  }
}

/** The wait a SignInRateLimited left in an Auth.js redirect (`?code=rate_limited:<seconds>`), if any. */
export function rateLimitedRetryAfter(location: string | null): number | undefined {
  if (!location) return undefined;
  const code = new URL(location, "http://auth.invalid").searchParams.get("code") ?? "";
  const match = new RegExp(`^${RATE_LIMITED_CODE}:(\\d+)$`).exec(code);
  return match ? Number(match[1]) : undefined;
}

// Checked when the email is unknown, so "no such account" takes as long as "wrong password" and
// response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Credentials provider: the account for this email and password, or null (Auth.js then says
 * CredentialsSignin). Throws SignInRateLimited, before any password is checked, past the limits.
 * `request` is the one Auth.js builds from the sign-in's own headers (server action or HTTP).
 */
export async function authorizeCredentials(raw: unknown, request?: Request): Promise<AuthUser | null> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await database();
  const verdict = await countSignInAttempt(db, email, request ? clientAddress(request) : "unknown");
  if (!verdict.allowed) throw new SignInRateLimited(verdict.retryAfterSeconds);
  const user = await findUserByEmail(db, email);
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy password for unknown accounts");
    await verifyPassword(password, await decoyHash);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  if (!canUseAccount(user.email, adminConfig())) return null;
  await forgetSignInFailures(db, email);
  return { id: user.id, email: user.email, name: user.name };
}

/** A provider's display name, kept only when it fits our own form's bounds. */
const ProviderName = text().trim().min(1).max(80).nullable().catch(null);

/** Where a refused GitHub/Google sign-in lands; /signin explains each code. */
const refused = (code: string) => `/signin?error=${code}`;

/**
 * signIn callback for GitHub and Google: the provider must vouch for the email (Google says so
 * explicitly; GitHub only exposes verified emails), and the account is created on first use.
 */
export async function allowSignIn(params: {
  user: AuthUser;
  account?: Account | null;
  profile?: Profile;
}): Promise<boolean | string> {
  const { user, account, profile } = params;
  if (!account || account.provider === "credentials") return true;
  // Held to the bounds of our own sign-up form: what a provider sends is input from outside too.
  const email = Email.safeParse(user.email);
  if (!email.success) return refused("EmailRequired");
  if (account.provider === "google" && profile?.email_verified !== true) return refused("EmailRequired");
  const linked = await findOrCreateOAuthUser(await database(), {
    email: email.data,
    name: ProviderName.parse(user.name ?? null),
  });
  if (!linked.ok) return refused("PasswordAccount");
  return canUseAccount(linked.data.email, adminConfig()) ? true : refused("AccessDenied");
}

/** jwt callback: after a GitHub/Google sign-in, the token's subject becomes our users.id. */
export async function attachAccountId(params: { token: JWT; account?: Account | null }): Promise<JWT> {
  const { token, account } = params;
  if (!account || account.provider === "credentials" || !token.email) return token;
  const user = await findUserByEmail(await database(), token.email);
  // No row: leave the provider's id, which matches no account, so the session counts as signed out.
  return user ? { ...token, sub: user.id, email: user.email, name: user.name ?? token.name } : token;
}
