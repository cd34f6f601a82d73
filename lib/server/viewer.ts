import "server-only";
import { currentUser } from "@/lib/auth/session";
import { readCartId } from "@/lib/cart/cookie";
import type { Viewer } from "@/lib/checkout/status";

/** Who the current request is: its signed-in account and its cart cookie. */
export async function currentViewer(): Promise<Viewer> {
  const [user, cartId] = await Promise.all([currentUser(), readCartId()]);
  return { user, cartId };
}
