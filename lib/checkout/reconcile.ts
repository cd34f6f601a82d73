import "server-only";
import {
  acquireSyncLease,
  findOrder,
  listPendingOrders,
  releaseSyncLease,
  type Order,
} from "@/lib/orders/repository";
import { findPaymentOfOrder } from "@/lib/payments/repository";
import { pruneRateLimits } from "@/lib/rate-limit";
import { reconcileOpenRefunds } from "@/lib/refunds/sync";
import { processLeftoverCallbacks } from "./callback-inbox";
import type { CheckoutDeps } from "./deps";
import { isCancellableSession } from "./session-status";
import { syncOrder } from "./sync";
import { voidSession } from "./void-session";

export interface ReconcileReport {
  checked: number;
  changed: number;
  failed: number;
}

/** An order whose sync failed is left alone this long, so it cannot starve the others. */
const FAILURE_BACKOFF_MS = 10 * 60_000;
/** How long after its expiry an order still waiting for a method is left to the gateway. */
const EXPIRY_GRACE_MS = 5 * 60_000;

/**
 * The safety net for lost callbacks: acts on inbox entries left behind, then re-syncs pending orders (at most `limit` per run, those synced
 * longest ago first). The gateway then says PAID or EXPIRED; an order that never got a session is
 * expired once its time is up, and one still waiting for a method past its time is voided.
 */
export async function reconcilePendingOrders(
  deps: CheckoutDeps,
  options: { limit?: number } = {},
): Promise<ReconcileReport> {
  // Callbacks acknowledged but never acted on (a crash, the gateway down) come first.
  const inbox = await processLeftoverCallbacks(deps, options.limit ?? 100);
  const due = await listPendingOrders(deps.db, options.limit ?? 100);
  const report: ReconcileReport = { checked: inbox.checked, changed: 0, failed: inbox.failed };
  // Rate-limit windows are at most minutes long: a day-old counter is dead weight.
  await pruneRateLimits(deps.db, new Date(deps.clock.now().getTime() - 24 * 60 * 60_000));
  for (const order of due) {
    if (!(await acquireSyncLease(deps.db, order.id, FAILURE_BACKOFF_MS))) continue;
    report.checked += 1;
    const synced = await syncOrder(deps, order.id, { actor: "cron", reason: "reconciliation", record: true });
    if (!synced.ok) {
      report.failed += 1; // The lease stays until it runs out: the back-off.
      continue;
    }
    const current = await voidIfAbandoned(deps, synced.data);
    await releaseSyncLease(deps.db, order.id);
    if (current.status !== order.status) report.changed += 1;
  }
  // Refunds not final yet are re-read too: their callbacks can be lost like any other.
  const refunds = await reconcileOpenRefunds(deps, { limit: options.limit ?? 100 });
  report.checked += refunds.checked;
  report.failed += refunds.failed;
  return report;
}

/**
 * A session still waiting for its method well past the order's time will never be paid: void it at
 * the gateway (allowed before a charge exists) and end the order as expired, giving the stock back.
 */
async function voidIfAbandoned(deps: CheckoutDeps, order: Order): Promise<Order> {
  if (
    order.status !== "PENDING_PAYMENT" ||
    order.expiresAt.getTime() + EXPIRY_GRACE_MS > deps.clock.now().getTime()
  )
    return order;
  const payment = await findPaymentOfOrder(deps.db, order.id);
  if (!payment || !isCancellableSession(payment.status)) return order;
  await voidSession(
    deps,
    { orderId: order.id, sessionId: payment.id, reason: "VOID_SESSION" },
    {
      actor: "cron",
      why: "its time ran out while still waiting for a payment method; the session was voided.",
      closeAs: "EXPIRED",
    },
  );
  return (await findOrder(deps.db, order.id)) ?? order;
}
