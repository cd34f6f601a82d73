import "server-only";
import { acquireSyncLease, addOrderEvent, releaseSyncLease, type Order } from "@/lib/orders/repository";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import { applyPaymentSnapshot, closeOrder, findOrderDetail } from "./order-store";
import { snapshotFromSession } from "./snapshot";

export interface SyncOptions {
  /** Who asked: "shopper", "gateway", "cron" or an admin's email. Recorded on the timeline. */
  actor: string;
  reason: string;
  /** Record a SYNCED event even when nothing changed (admin and reconciler syncs). */
  record?: boolean;
}

/**
 * The one source of truth: re-reads the order's session from the gateway and moves the order
 * forward if the gateway says so. Callbacks, status polls, the reconciler and admins all end here.
 */
export async function syncOrder(
  deps: CheckoutDeps,
  orderId: string,
  options: SyncOptions,
): Promise<Result<Order>> {
  const detail = await findOrderDetail(deps.db, orderId);
  if (!detail) return fail({ code: "order_not_found" });
  const { order, payment } = detail;

  let sessionId = payment?.id;
  if (!sessionId) {
    // No session stored: its creation failed, or its answer was lost. Ask the gateway by reference
    // before deciding anything, so a session that does exist is never orphaned.
    try {
      const found = await deps.gateway.listPayments({ clientReferenceId: order.reference, perPage: 10 });
      sessionId = found.items.find((session) => session.clientReferenceId === order.reference)?.id;
    } catch (error) {
      return fail(gatewayFailure(error, "look up the payment"));
    }
    if (!sessionId) {
      if (order.status === "PENDING_PAYMENT" && order.expiresAt.getTime() <= deps.clock.now().getTime()) {
        await closeOrder(deps.db, orderId, "EXPIRED", {
          actor: options.actor,
          reason: "no payment session was ever created and the order's time ran out.",
          webhook: deps.config.merchantWebhook,
          mail: deps.config.mail,
        });
      }
      return ok((await findOrderDetail(deps.db, orderId))?.order ?? order);
    }
  }

  let session;
  try {
    session = await deps.gateway.getPayment(sessionId);
  } catch (error) {
    return fail(gatewayFailure(error, "read the payment"));
  }
  if (session.clientReferenceId !== order.reference) {
    // A session id that belongs to another order must never move this one.
    console.error(
      `[checkout] session ${sessionId} has reference ${session.clientReferenceId}, not ${order.reference}`,
    );
    return fail({ code: "session_mismatch" });
  }
  const snapshot = snapshotFromSession(session);
  const applied = await applyPaymentSnapshot(deps.db, orderId, snapshot, {
    actor: options.actor,
    reason: options.reason,
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  if (!applied) return fail({ code: "order_not_found" });
  if (options.record || (payment && payment.status !== snapshot.status)) {
    await addOrderEvent(deps.db, {
      orderId,
      type: "SYNCED",
      message: `Synced with the gateway (${options.reason}): session ${snapshot.status}.`,
      actor: options.actor,
      data: { sessionId, sessionStatus: snapshot.status, orderStatus: applied.order.status },
    });
  }
  return ok(applied.order);
}

const FAILED_SYNC_BACKOFF_MS = 15_000;

/**
 * For status reads: re-syncs a pending order whose last sync is older than `maxAgeMs`, with at most
 * one sync per order in flight. A failed sync is not an error for the reader: it gets the stored state.
 */
export async function refreshIfStale(deps: CheckoutDeps, order: Order, maxAgeMs: number): Promise<Order> {
  if (order.status !== "PENDING_PAYMENT") return order;
  const age = order.lastSyncedAt ? deps.clock.now().getTime() - order.lastSyncedAt.getTime() : Infinity;
  if (age < maxAgeMs) return order;
  if (!(await acquireSyncLease(deps.db, order.id, FAILED_SYNC_BACKOFF_MS))) return order;
  const synced = await syncOrder(deps, order.id, { actor: "shopper", reason: "status check" });
  if (!synced.ok) return order; // The lease stays until it runs out: a back-off while the gateway is down.
  await releaseSyncLease(deps.db, order.id);
  return synced.data;
}
