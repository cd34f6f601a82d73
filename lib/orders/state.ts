import { ORDER_STATUSES, type OrderStatus } from "@/lib/db/schema";

export { ORDER_STATUSES, type OrderStatus };

/**
 * The order state machine: PENDING_PAYMENT -> PAID | EXPIRED | FAILED | CANCELLED, forward only,
 * once. What moves it is decided elsewhere (lib/checkout maps the gateway's session onto it).
 */

export function isFinal(status: OrderStatus): boolean {
  return status !== "PENDING_PAYMENT";
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return from === "PENDING_PAYMENT" && isFinal(to);
}

/** Reserved stock goes back to the shelf when an order ends without payment. */
export function releasesStock(status: OrderStatus): boolean {
  return status === "EXPIRED" || status === "FAILED" || status === "CANCELLED";
}
