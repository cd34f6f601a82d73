import { ORDER_STATUSES, type OrderStatus } from "@/lib/db/schema";

export { ORDER_STATUSES, type OrderStatus };

/**
 * The order state machine: PENDING_PAYMENT -> PAID | EXPIRED | FAILED | CANCELLED, forward only,
 * once. The gateway's session is the source of truth; this maps what it says onto our states.
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

export interface GatewaySessionState {
  status: string;
  cancellationReason?: string | null;
  chargeStatuses?: readonly string[];
}

/**
 * What an order should be, given its gateway session. REQUIRE_* and PROCESSING are still pending;
 * a cancelled session whose charge failed is a failed payment; anything unknown stays pending
 * rather than guessing.
 */
export function orderStatusForSession(session: GatewaySessionState): OrderStatus {
  switch (session.status) {
    case "PAID":
      return "PAID";
    case "EXPIRED":
      return "EXPIRED";
    case "CANCELLED": {
      const chargeFailed =
        session.cancellationReason === "CHARGE_FAILED" || (session.chargeStatuses ?? []).includes("FAILED");
      return chargeFailed ? "FAILED" : "CANCELLED";
    }
    case "INACTIVE":
      return "CANCELLED";
    default:
      return "PENDING_PAYMENT";
  }
}

/** Gateway statuses in which the session can still be cancelled (documented: before a charge exists). */
export const CANCELLABLE_SESSION_STATUSES: readonly string[] = [
  "REQUIRE_PAYMENT_METHOD",
  "REQUIRE_CONFIRMATION",
];

/** Gateway statuses in which the shopper must still choose a method (two-step confirm). */
export const AWAITING_METHOD_SESSION_STATUSES: readonly string[] = [
  "REQUIRE_PAYMENT_METHOD",
  "REQUIRE_CONFIRMATION",
];
