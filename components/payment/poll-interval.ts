import type { OrderStatus } from "@/lib/orders/state";

/** How often a status page asks again: about every second at first, then slower; never once final. */
export function pollInterval(status: OrderStatus, elapsedMs: number): number | false {
  if (status !== "PENDING_PAYMENT") return false;
  if (elapsedMs < 60_000) return 1_000;
  if (elapsedMs < 5 * 60_000) return 3_000;
  return 10_000;
}
