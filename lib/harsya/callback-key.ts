import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Checks a callback's `X-API-Key` against the configured key in constant time. Hashing first
 * makes both sides the same length, so neither the key's length nor its prefix leaks. With no
 * key configured every callback is refused: a missing setting must never open the door.
 */
export function verifyCallbackKey(
  received: string | null | undefined,
  expected: string | undefined,
): boolean {
  if (!expected || !received) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}
