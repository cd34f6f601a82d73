import "server-only";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import { guestOrderCart } from "@/lib/checkout/lookup";
import { grantedOrderId, ORDER_ACCESS_COOKIE } from "@/lib/checkout/order-access";
import type { LazyViewer, Viewer } from "@/lib/checkout/status";
import { env } from "@/lib/env";
import { database } from "./deps";

/**
 * Who the current request is: its signed-in account and its cart cookie. On an order's own page
 * and API, a lookup grant (lib/checkout/order-access.ts, sent only to that order's paths) lets the
 * browser read that guest order as the cart that placed it would.
 */
export async function currentViewer(): Promise<Viewer> {
  const [user, cartId] = await Promise.all([currentUser(), viewerCartId()]);
  return { user, cartId };
}

/** The same viewer, its account decoded only when the cart does not already grant the order. */
export async function currentLazyViewer(): Promise<LazyViewer> {
  return { cartId: await viewerCartId(), user: currentUser };
}

/** The cart the request reads orders as: a lookup grant's order's cart, else the cart cookie. */
async function viewerCartId(): Promise<string | undefined> {
  const [cartId, store] = await Promise.all([readCartId(), cookies()]);
  const granted = grantedOrderId(store.get(ORDER_ACCESS_COOKIE)?.value, env().auth.secret);
  if (granted) {
    const grantedCart = await guestOrderCart(await database(), granted);
    if (grantedCart) return grantedCart;
  }
  return cartId;
}
