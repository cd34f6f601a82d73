import { createHash, randomBytes, randomUUID } from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud and to type from a receipt.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Order ids appear in return URLs, so they must be unguessable: 122 random bits. */
export function newOrderId(): string {
  return randomUUID();
}

/** "HC" + 10 base32 characters: alphanumeric as the gateway's clientReferenceId must be. */
export function newOrderReference(): string {
  const bytes = randomBytes(10);
  let reference = "HC";
  for (const byte of bytes) reference += ALPHABET[byte % 32];
  return reference;
}

/** A stable hash of everything a payment session is made from: the same checkout resumes one order. */
export function checkoutKey(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

const ORDER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a path or query value can be an order id at all (anything else is answered 404 unread). */
export function isOrderId(value: string): boolean {
  return ORDER_ID.test(value);
}
