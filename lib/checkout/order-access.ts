import { createHmac, timingSafeEqual } from "node:crypto";
import { isOrderId } from "@/lib/orders/identifiers";

/**
 * A guest who finds an order by reference and email gets a grant for that order only: a signed
 * cookie (`<order id>.<HMAC>`), scoped by its Path to that order's page and API. The browser sends
 * it nowhere else, so it can never open another order, and the signature means it cannot be made
 * up or moved to another order id.
 */
export const ORDER_ACCESS_COOKIE = "hc_order_access";
export const ORDER_ACCESS_MAX_AGE = 60 * 60 * 24 * 30;

const signature = (orderId: string, secret: string) =>
  createHmac("sha256", secret).update(`order-access:${orderId}`).digest("base64url");

export function orderAccessToken(orderId: string, secret: string): string {
  return `${orderId}.${signature(orderId, secret)}`;
}

/** The order id a token grants, or undefined for anything forged, altered or malformed. */
export function grantedOrderId(token: string | undefined, secret: string): string | undefined {
  if (!token) return undefined;
  const dot = token.indexOf(".");
  const orderId = token.slice(0, dot);
  if (dot < 0 || !isOrderId(orderId)) return undefined;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(orderId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? orderId : undefined;
}

/** The paths the grant is sent to: the order page and the order's API (status, confirm, QR). */
export function orderAccessPaths(orderId: string): string[] {
  return [`/orders/${orderId}`, `/api/orders/${orderId}`];
}

/** Set-Cookie values granting `orderId`, one per path. */
export function orderAccessCookies(orderId: string, secret: string, secure: boolean): string[] {
  const token = orderAccessToken(orderId, secret);
  return orderAccessPaths(orderId).map(
    (path) =>
      `${ORDER_ACCESS_COOKIE}=${token}; Path=${path}; Max-Age=${ORDER_ACCESS_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
  );
}
