import "server-only";
import { database } from "@/lib/server/deps";
import { readCartId } from "./cookie";
import { EMPTY_CART, readCart, type Cart } from "./repository";

/** The current browser's cart, for Server Components. A browser without a cart costs no query. */
export async function currentCart(): Promise<Cart> {
  const cartId = await readCartId();
  return cartId ? readCart(await database(), cartId) : EMPTY_CART;
}
