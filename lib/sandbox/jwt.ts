import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// HS256 JSON Web Tokens, the format the gateway's own tokens have. The sandbox needs nothing more,
// so no library: sign, and verify the signature in constant time.

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

export function signJwt(payload: Record<string, unknown>, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", key).update(`${HEADER}.${body}`).digest("base64url");
  return `${HEADER}.${body}.${signature}`;
}

/** The payload of a token signed with `key`, or undefined; expiry is the caller's business. */
export function verifyJwt(token: string, key: Buffer): unknown {
  const [header, body, signature, ...rest] = token.split(".");
  if (!header || !body || !signature || rest.length > 0 || header !== HEADER) return undefined;
  const expected = createHmac("sha256", key).update(`${header}.${body}`).digest();
  const received = Buffer.from(signature, "base64url");
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** A separate key per purpose, so a payment-page token can never pass as an access token. */
export function purposeKey(secret: string, purpose: string): Buffer {
  return createHmac("sha256", secret).update(purpose).digest();
}
