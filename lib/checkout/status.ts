import "server-only";
import { canViewOrder, type SessionUser } from "@/lib/auth/rules";
import { isOrderId } from "@/lib/orders/identifiers";
import type { Order } from "@/lib/orders/repository";
import { runAfterResponse } from "./after-response";
import { readOrderDetail } from "./order-read";
import type { CheckoutDeps } from "./deps";
import type { OrderDetail } from "./order-store";
import { refreshIfStale } from "./sync";
import { orderView, type OrderView } from "./view";

/**
 * Status reads re-sync a pending order from the gateway at most once per this interval (the sync
 * lease makes concurrent polls of one order share a single gateway call). Short, because the
 * return page asks twice a second at first and a lost callback must not keep a paid shopper waiting.
 */
export const STATUS_MAX_AGE_MS = 1_000;

/** Who is asking: the signed-in account, if any, and the browser's cart. */
export interface Viewer {
  user: Pick<SessionUser, "id" | "isAdmin"> | null;
  cartId: string | undefined;
}

/**
 * A viewer whose account is looked up only if needed: a guest's poll from the browser that placed
 * the order is answered on its cart cookie alone, without decoding a session.
 */
export interface LazyViewer {
  cartId: string | undefined;
  user: () => Promise<Viewer["user"]>;
}

export { readOrderDetail };

/**
 * The order if this viewer may see it (lib/auth/rules `canViewOrder`: the browser that placed a
 * guest order, the account that placed it, or a merchant). Anyone else gets undefined, which
 * callers answer as 404 so an order's existence is not revealed.
 */
export async function findViewableOrder(
  deps: Pick<CheckoutDeps, "db">,
  orderId: string,
  viewer: Viewer | LazyViewer,
): Promise<OrderDetail | undefined> {
  if (!isOrderId(orderId)) return undefined;
  const detail = await readOrderDetail(deps.db, orderId);
  if (!detail) return undefined;
  if (typeof viewer.user !== "function") {
    return canViewOrder(viewer.user, detail.order, viewer.cartId) ? detail : undefined;
  }
  // The same rule, asking for the account only when the cart alone does not grant it.
  if (canViewOrder(null, detail.order, viewer.cartId)) return detail;
  return canViewOrder(await viewer.user(), detail.order, viewer.cartId) ? detail : undefined;
}

/** True when a status read should ask the gateway again: pending, stale, and nobody is at it. */
export function needsResync(order: Order, now: Date): boolean {
  if (order.status !== "PENDING_PAYMENT") return false;
  if (order.syncLeaseUntil && order.syncLeaseUntil.getTime() > now.getTime()) return false;
  return !order.lastSyncedAt || now.getTime() - order.lastSyncedAt.getTime() >= STATUS_MAX_AGE_MS;
}

export interface ViewOptions {
  /** Runs after a background re-sync that ended the order (e.g. deliver what it queued). */
  afterChange?: () => Promise<unknown>;
}

/**
 * The shopper-facing view of an order: what the database says, answered at once. A stale pending
 * order is re-synced after the response (never holding it); the next poll sees the result.
 */
export function currentOrderView(
  deps: CheckoutDeps,
  detail: OrderDetail,
  options: ViewOptions = {},
): OrderView {
  if (needsResync(detail.order, deps.clock.now())) {
    runAfterResponse(async () => {
      const synced = await refreshIfStale(deps, detail.order, STATUS_MAX_AGE_MS);
      if (synced.status !== detail.order.status) await options.afterChange?.();
    }, "status re-sync");
  }
  return orderView(detail);
}

/** The status API and pages: the order this viewer may see, as shown to shoppers, or undefined. */
export async function viewOrder(
  deps: CheckoutDeps,
  orderId: string,
  viewer: Viewer | LazyViewer,
  options: ViewOptions = {},
): Promise<OrderView | undefined> {
  const detail = await findViewableOrder(deps, orderId, viewer);
  return detail ? currentOrderView(deps, detail, options) : undefined;
}
