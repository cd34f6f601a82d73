import "server-only";
import { canViewOrder } from "@/lib/auth/rules";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import { isOrderId } from "@/lib/orders/identifiers";
import type { Order } from "@/lib/orders/repository";
import type { Result } from "@/lib/result";
import { cancelOrderPayment as cancelWith } from "./cancel";
import { checkoutDeps } from "./deps";
import { findOrderDetail, type OrderDetail } from "./order-store";
import { refreshIfStale, syncOrder as syncWith } from "./sync";
import { orderView, type OrderView } from "./view";

export type { OrderView } from "./view";

/** Status reads re-sync a pending order from the gateway when its copy is older than this. */
const STATUS_MAX_AGE_MS = 3_000;
/**
 * How long a status read waits for that re-sync. A slow gateway must not hold a shopper's page:
 * past this the stored state is shown, the sync finishes in the background, and the next poll sees it.
 */
const STATUS_SYNC_BUDGET_MS = 2_500;

/**
 * The order if the current visitor may see it (lib/auth/rules `canViewOrder`: the browser that
 * placed a guest order, the account that placed it, or a merchant). Anyone else gets undefined,
 * which callers answer as 404 so an order's existence is not revealed.
 */
export async function findViewableOrder(orderId: string): Promise<OrderDetail | undefined> {
  if (!isOrderId(orderId)) return undefined;
  const { db } = await checkoutDeps();
  const detail = await findOrderDetail(db, orderId);
  if (!detail) return undefined;
  const [user, cartId] = await Promise.all([currentUser(), readCartId()]);
  return canViewOrder(user, detail.order, cartId) ? detail : undefined;
}

/** The shopper-facing view of an order, re-synced from the gateway first when it is stale. */
export async function currentOrderView(detail: OrderDetail): Promise<OrderView> {
  const deps = await checkoutDeps();
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

/** Merchant action "Sync with gateway". */
export async function syncOrder(orderId: string, options: { actor: string }): Promise<Result<unknown>> {
  return syncWith(await checkoutDeps(), orderId, {
    actor: options.actor,
    reason: "merchant sync",
    record: true,
  });
}

/** Merchant action "Cancel payment". */
export async function cancelOrderPayment(
  orderId: string,
  options: { actor: string },
): Promise<Result<unknown>> {
  return cancelWith(await checkoutDeps(), orderId, options);
}
