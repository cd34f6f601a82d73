import "server-only";
import { listPendingOrders } from "@/lib/orders/repository";
import type { CheckoutDeps } from "./deps";
import { syncOrder } from "./sync";

export interface ReconcileReport {
  checked: number;
  changed: number;
  failed: number;
}

/**
 * The safety net for lost callbacks: re-syncs pending orders (at most `limit` per run, those synced
 * longest ago first). The gateway then says PAID or EXPIRED; an order that never got a session is
 * expired locally once its time is up.
 */
export async function reconcilePendingOrders(
  deps: CheckoutDeps,
  options: { limit?: number } = {},
): Promise<ReconcileReport> {
  const due = await listPendingOrders(deps.db, options.limit ?? 100);
  const report: ReconcileReport = { checked: due.length, changed: 0, failed: 0 };
  for (const order of due) {
    const synced = await syncOrder(deps, order.id, { actor: "cron", reason: "reconciliation", record: true });
    if (!synced.ok) report.failed += 1;
    else if (synced.data.status !== order.status) report.changed += 1;
  }
  return report;
}
