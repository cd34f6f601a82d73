import "server-only";
import { listOrdersToReconcile } from "@/lib/orders/repository";
import type { CheckoutDeps } from "./deps";
import { syncOrder } from "./sync";

export interface ReconcileReport {
  checked: number;
  changed: number;
  failed: number;
}

/**
 * The safety net for lost callbacks: re-syncs pending orders not synced for a while and those past
 * their expiry (the gateway then says EXPIRED; an order without any session is expired locally).
 */
export async function reconcilePendingOrders(
  deps: CheckoutDeps,
  options: { staleAfterMs?: number; limit?: number } = {},
): Promise<ReconcileReport> {
  const due = await listOrdersToReconcile(deps.db, {
    syncedBefore: new Date(Date.now() - (options.staleAfterMs ?? 60_000)),
    limit: options.limit ?? 100,
  });
  const report: ReconcileReport = { checked: due.length, changed: 0, failed: 0 };
  for (const order of due) {
    const synced = await syncOrder(deps, order.id, { actor: "cron", reason: "reconciliation", record: true });
    if (!synced.ok) report.failed += 1;
    else if (synced.data.status !== order.status) report.changed += 1;
  }
  return report;
}
