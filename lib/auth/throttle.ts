import "server-only";
import type { Db } from "@/lib/db";
import { hitRateLimits, resetRateLimit, type RateLimitRule, type RateLimitVerdict } from "@/lib/rate-limit";

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Password guessing is slowed per account and per client address. Per email the limit is tight,
 * and a successful sign-in starts that count again, so it counts consecutive failures. Per address
 * it is generous: Indonesian mobile carriers put many shoppers behind one address (CGNAT), so it
 * only stops one client from spraying many accounts. Every attempt counts before the password is
 * checked, so parallel guesses cannot slip past the limit. Written down in the README.
 */
export const AUTH_RATE_LIMITS = {
  signInPerEmail: { name: "sign-in:email", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  signInPerAddress: { name: "sign-in:address", limit: 50, windowSeconds: FIFTEEN_MINUTES },
  signUpPerEmail: { name: "sign-up:email", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  signUpPerAddress: { name: "sign-up:address", limit: 20, windowSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, RateLimitRule>;

/** Counts a sign-in attempt (email already normalised) and says whether it may be checked. */
export function countSignInAttempt(db: Db, email: string, address: string): Promise<RateLimitVerdict> {
  return hitRateLimits(db, [
    { rule: AUTH_RATE_LIMITS.signInPerEmail, subject: email },
    { rule: AUTH_RATE_LIMITS.signInPerAddress, subject: address },
  ]);
}

/** After a successful sign-in: the account's earlier failures no longer count against it. */
export function forgetSignInFailures(db: Db, email: string): Promise<void> {
  return resetRateLimit(db, AUTH_RATE_LIMITS.signInPerEmail, email);
}

/** Counts a sign-up attempt with valid input (email already normalised). */
export function countSignUpAttempt(db: Db, email: string, address: string): Promise<RateLimitVerdict> {
  return hitRateLimits(db, [
    { rule: AUTH_RATE_LIMITS.signUpPerEmail, subject: email },
    { rule: AUTH_RATE_LIMITS.signUpPerAddress, subject: address },
  ]);
}
