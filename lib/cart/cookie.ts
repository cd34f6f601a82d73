import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

export const CART_COOKIE = "hc_cart";
const CART_ID = /^[A-Za-z0-9_-]{20,64}$/;

/** The browser's cart id, or undefined when it has none (or a cookie that cannot be one). */
export async function readCartId(): Promise<string | undefined> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && CART_ID.test(value) ? value : undefined;
}

export async function writeCartId(cartId: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().appUrl.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 60,
  });
}
