import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders } from "@/lib/db/schema";
import { hitRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import type { Result } from "@/lib/result";

const FIFTEEN_MINUTES = 15 * 60;

/**
 * A reference is 10 random base32 characters, so guessing one is hopeless; what the limits stop is
 * a client trying many emails against a known reference, or many references at all. Per address it
 * is loose enough for a family behind one carrier address (CGNAT); per reference it is tight.
 * Every attempt counts before anything is read, so parallel guesses cannot slip past.
 */
export const LOOKUP_RATE_LIMITS = {
  perAddress: { name: "order-lookup:address", limit: 10, windowSeconds: FIFTEEN_MINUTES },
  perReference: { name: "order-lookup:reference", limit: 5, windowSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, RateLimitRule>;

export interface LookupRequest {
  reference: string;
  email: string;
  clientAddress: string;
}

/**
 * Where the pair leads: a guest order is opened in this browser with an access grant for that
 * order only; an order placed while signed in stays its account's, so the shopper signs in.
 */
export type LookupAnswer = { orderId: string; access: "grant" | "sign_in" };

const normaliseReference = (reference: string) => reference.replace(/[\s-]/g, "").toUpperCase();
const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Finds an order by its reference and the email it was placed with. A wrong reference, a wrong
 * email, or an order no browser can be given access to all answer the same `order_not_found`, so
 * the answer never tells which half was wrong.
 */
export async function lookupOrder(db: Db, request: LookupRequest): Promise<Result<LookupAnswer>> {
  const reference = normaliseReference(request.reference);
  const verdict = await hitRateLimits(db, [
    { rule: LOOKUP_RATE_LIMITS.perAddress, subject: request.clientAddress },
    { rule: LOOKUP_RATE_LIMITS.perReference, subject: reference },
  ]);
  if (!verdict.allowed) {
    return {
      ok: false,
      error: {
        code: "rate_limited",
        params: { seconds: verdict.retryAfterSeconds },
        retryable: true,
        retryAfterSeconds: verdict.retryAfterSeconds,
      },
    };
  }
  const [order] = await db
    .select({ id: orders.id, email: orders.email, userId: orders.userId, cartId: orders.cartId })
    .from(orders)
    .where(eq(orders.reference, reference))
    .limit(1);
  if (!order || normaliseEmail(order.email) !== normaliseEmail(request.email)) {
    return { ok: false, error: { code: "order_not_found" } };
  }
  if (order.userId !== null) return { ok: true, data: { orderId: order.id, access: "sign_in" } };
  // A guest order is read through the cart that placed it; without one there is nothing to grant.
  if (order.cartId === null) return { ok: false, error: { code: "order_not_found" } };
  return { ok: true, data: { orderId: order.id, access: "grant" } };
}

/** The cart that placed a guest order: what an access grant for that order lets the browser act as. */
export async function guestOrderCart(db: Db, orderId: string): Promise<string | undefined> {
  const [order] = await db
    .select({ userId: orders.userId, cartId: orders.cartId })
    .from(orders)
    .where(eq(orders.id, orderId))
    .limit(1);
  return order && order.userId === null ? (order.cartId ?? undefined) : undefined;
}
