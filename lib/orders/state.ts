/** Every state an order can be in. Pure data: the database schema and the browser use it too. */
export const ORDER_STATUSES = ["PENDING_PAYMENT", "PAID", "EXPIRED", "FAILED", "CANCELLED"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

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
