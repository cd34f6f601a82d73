import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a presented secret with the configured one in constant time. Hashing first makes both
 * sides the same length, so neither the secret's length nor its prefix leaks. With nothing
 * configured every attempt is refused: a missing setting must never open the door.
 */
export function matchesSecret(received: string | null | undefined, expected: string | undefined): boolean {
  if (!expected || !received) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}
