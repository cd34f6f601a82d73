"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CartAnswer } from "@/lib/api/schemas";
import { apiFetch, type ApiError } from "@/lib/api-client";
import type { Cart } from "@/lib/cart/repository";
import { currentCartCount, setCartCount } from "./cart-count-store";

export const CART_QUERY_KEY = ["cart"] as const;

export type CartChange =
  | { kind: "add"; productId: number; quantity: number }
  | { kind: "set"; productId: number; quantity: number; previous: number }
  | { kind: "remove"; productId: number; previous: number };

function send(change: CartChange): Promise<{ cart: Cart }> {
  if (change.kind === "add") {
    return apiFetch("/api/cart/lines", CartAnswer, {
      method: "POST",
      json: { productId: change.productId, quantity: change.quantity },
    });
  }
  const url = `/api/cart/lines/${change.productId}`;
  return change.kind === "set"
    ? apiFetch(url, CartAnswer, { method: "PATCH", json: { quantity: change.quantity } })
    : apiFetch(url, CartAnswer, { method: "DELETE" });
}

function countDelta(change: CartChange): number {
  if (change.kind === "add") return change.quantity;
  if (change.kind === "set") return change.quantity - change.previous;
  return -change.previous;
}

/**
 * One mutation for every cart change: the header count moves at once, rolls back on error, and
 * then takes the server's answer (which also replaces the cached cart).
 */
export function useCartMutation() {
  const queryClient = useQueryClient();
  return useMutation<{ cart: Cart }, ApiError, CartChange, { before: number }>({
    mutationFn: send,
    onMutate: (change) => {
      const before = currentCartCount();
      const delta = countDelta(change);
      // A change the server will refuse (e.g. 1000) must not flash an absurd count.
      if (Number.isInteger(delta) && change.kind !== "set") setCartCount(Math.max(0, before + delta));
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context) setCartCount(context.before);
    },
    onSuccess: ({ cart }) => {
      setCartCount(cart.count);
      queryClient.setQueryData(CART_QUERY_KEY, cart);
    },
  });
}
