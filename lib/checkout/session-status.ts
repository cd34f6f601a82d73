import type { KnownChargeStatus, KnownSessionStatus } from "@/lib/harsya/wire";
import type { OrderStatus } from "@/lib/orders/state";

/**
 * How the gateway's session statuses map onto our orders. The gateway is the source of truth;
 * this is the one place that reads its statuses.
 */

export interface GatewaySessionState {
  /** A session status; unknown values are kept verbatim and count as still pending. */
  status: string;
  cancellationReason?: string | null;
  chargeStatuses?: readonly string[];
}

const FAILED_CHARGE: KnownChargeStatus = "FAILED";

/**
 * What an order should be, given its gateway session. REQUIRE_* and PROCESSING are still pending;
 * a cancelled session whose charge failed is a failed payment; anything unknown stays pending
 * rather than guessing.
 */
export function orderStatusForSession(session: GatewaySessionState): OrderStatus {
  switch (session.status as KnownSessionStatus) {
    case "PAID":
      return "PAID";
    case "EXPIRED":
      return "EXPIRED";
    case "CANCELLED": {
      const chargeFailed =
        session.cancellationReason === "CHARGE_FAILED" ||
        (session.chargeStatuses ?? []).includes(FAILED_CHARGE);
      return chargeFailed ? "FAILED" : "CANCELLED";
    }
    case "INACTIVE":
      return "CANCELLED";
    default:
      return "PENDING_PAYMENT";
  }
}

/**
 * Statuses before a charge exists: the session can still be cancelled (documented), and the
 * shopper has still to choose or confirm a method (two-step confirm).
 */
export const CANCELLABLE_SESSION_STATUSES: readonly KnownSessionStatus[] = [
  "REQUIRE_PAYMENT_METHOD",
  "REQUIRE_CONFIRMATION",
];

/** True while the gateway still accepts a cancel: before the shopper has started paying. */
export function isCancellableSession(status: string | null | undefined): boolean {
  return CANCELLABLE_SESSION_STATUSES.some((cancellable) => cancellable === status);
}

/** A session the gateway has finished with: no later reading can change it. */
export function isSettledSession(session: GatewaySessionState): boolean {
  return orderStatusForSession(session) !== "PENDING_PAYMENT";
}
