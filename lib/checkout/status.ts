import "server-only";
import { canViewOrder, type SessionUser } from "@/lib/auth/rules";
import { isOrderId } from "@/lib/orders/identifiers";
import type { Order } from "@/lib/orders/repository";
import type { CheckoutDeps } from "./deps";
import { findOrderDetail, type OrderDetail } from "./order-store";
import { refreshIfStale } from "./sync";
import { orderView, type OrderView } from "./view";

/** Status reads re-sync a pending order from the gateway when its copy is older than this. */
const STATUS_MAX_AGE_MS = 3_000;
/**
 * How long a status read waits for that re-sync. A slow gateway must not hold a shopper's page:
 * past this the stored state is shown, the sync finishes in the background, and the next poll sees it.
 */
const STATUS_SYNC_BUDGET_MS = 2_500;

/** Who is asking: the signed-in account, if any, and the browser's cart. */
export interface Viewer {
  user: Pick<SessionUser, "id" | "isAdmin"> | null;
  cartId: string | undefined;
}

/**
 * The order if this viewer may see it (lib/auth/rules `canViewOrder`: the browser that placed a
 * guest order, the account that placed it, or a merchant). Anyone else gets undefined, which
 * callers answer as 404 so an order's existence is not revealed.
 */
export async function findViewableOrder(
  deps: Pick<CheckoutDeps, "db">,
  orderId: string,
  viewer: Viewer,
): Promise<OrderDetail | undefined> {
  if (!isOrderId(orderId)) return undefined;
  const detail = await findOrderDetail(deps.db, orderId);
  if (!detail) return undefined;
  return canViewOrder(viewer.user, detail.order, viewer.cartId) ? detail : undefined;
}

/** The shopper-facing view of an order, re-synced from the gateway first when it is stale. */
export async function currentOrderView(deps: CheckoutDeps, detail: OrderDetail): Promise<OrderView> {
  const refreshing = refreshIfStale(deps, detail.order, STATUS_MAX_AGE_MS);
  // Still logged when it fails after the budget ran out and nobody awaits it any more.
  refreshing.catch((error: unknown) => console.error("[checkout] status re-sync failed:", error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<Order>((resolve) => {
    timer = setTimeout(() => resolve(detail.order), STATUS_SYNC_BUDGET_MS);
  });
  const order = await Promise.race([refreshing, budget]).finally(() => clearTimeout(timer));
  if (order === detail.order) return orderView(detail);
  return orderView((await findOrderDetail(deps.db, order.id)) ?? detail);
}

/** The status API and pages: the order this viewer may see, as shown to shoppers, or undefined. */
export async function viewOrder(
  deps: CheckoutDeps,
  orderId: string,
  viewer: Viewer,
): Promise<OrderView | undefined> {
  const detail = await findViewableOrder(deps, orderId, viewer);
  return detail ? currentOrderView(deps, detail) : undefined;
}
