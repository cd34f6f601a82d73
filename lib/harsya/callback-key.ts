import "server-only";
import { matchesSecret } from "@/lib/secret";

/**
 * Checks a callback's `X-API-Key` (the gateway's only documented proof) against the configured
 * Callback API Key, in constant time; refuses everything when no key is configured.
 */
export function verifyCallbackKey(
  received: string | null | undefined,
  expected: string | undefined,
): boolean {
  return matchesSecret(received, expected);
}
