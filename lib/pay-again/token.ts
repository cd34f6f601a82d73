import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The "Pay again" link's token: it opens one ended order, in any browser, for a while, and nothing
 * else. `<expiry in base36 seconds>.<HMAC-SHA256 of the order id and the expiry>`, keyed with a
 * key derived from AUTH_SECRET for this use alone. Not a session: it only lets its holder see the
 * order read-only and ask for a new one from the same items.
 */

/** How long an emailed link works, counted from the order's end. */
export const PAY_AGAIN_LINK_DAYS = 7;

const PURPOSE = "harsya-checkout/pay-again/v1";
const TOKEN = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

const keyOf = (secret: string) => createHmac("sha256", secret).update(PURPOSE).digest();

function mac(secret: string, orderId: string, expires: string): Buffer {
  return createHmac("sha256", keyOf(secret)).update(`${orderId}.${expires}`).digest();
}

/** The link's expiry: PAY_AGAIN_LINK_DAYS after the order ended (the same token on every retry). */
export function payAgainExpiry(closedAt: Date): Date {
  return new Date(closedAt.getTime() + PAY_AGAIN_LINK_DAYS * 86_400_000);
}

export function signPayAgainToken(secret: string, orderId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${expires}.${mac(secret, orderId, expires).toString("base64url")}`;
}

export type TokenCheck = "valid" | "expired" | "invalid";

/** Checks a presented token for this order in constant time; a malformed one is invalid. */
export function checkPayAgainToken(
  secret: string,
  orderId: string,
  token: string | null | undefined,
  now: Date,
): TokenCheck {
  const match = TOKEN.exec(token ?? "");
  if (!match) return "invalid";
  const [, expires = "", signature = ""] = match;
  const expected = mac(secret, orderId, expires);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  return parseInt(expires, 36) * 1000 > now.getTime() ? "valid" : "expired";
}
