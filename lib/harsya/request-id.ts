import { createHash } from "node:crypto";
import { REQUEST_ID_PATTERN } from "./wire";

/**
 * A deterministic `X-REQUEST-ID` (32 hex characters) derived from what identifies one create, so
 * a retry of the same create replays the gateway's first answer instead of making a second session.
 */
export function requestIdFor(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000"), "utf8").digest("hex").slice(0, 32);
}

export function isValidRequestId(value: string): boolean {
  return REQUEST_ID_PATTERN.test(value);
}
