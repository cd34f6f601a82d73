"use client";

import { useState } from "react";
import { CartAnswerCheck } from "@/lib/api/answer-checks";
import { apiFetch, ApiError } from "@/lib/api-client";
import type { Cart } from "@/lib/cart/repository";
import { currentCartCount, setCartCount } from "./cart-count-store";

export type CartChange =
  | { kind: "add"; productId: number; quantity: number }
  | { kind: "set"; productId: number; quantity: number; previous: number }
  | { kind: "remove"; productId: number; previous: number };

function send(change: CartChange): Promise<{ cart: Cart }> {
  if (change.kind === "add") {
    return apiFetch("/api/cart/lines", CartAnswerCheck, {
      method: "POST",
      json: { productId: change.productId, quantity: change.quantity },
    });
  }
  const url = `/api/cart/lines/${change.productId}`;
  return change.kind === "set"
    ? apiFetch(url, CartAnswerCheck, { method: "PATCH", json: { quantity: change.quantity } })
    : apiFetch(url, CartAnswerCheck, { method: "DELETE" });
}

function countDelta(change: CartChange): number {
  if (change.kind === "add") return change.quantity;
  if (change.kind === "set") return change.quantity - change.previous;
  return -change.previous;
}

type State = { isPending: boolean; isSuccess: boolean; error: ApiError | null };
const IDLE: State = { isPending: false, isSuccess: false, error: null };

/**
 * One hook for every cart change (a fetch and its state, no query library): the header count
 * moves at once, rolls back on error, and then takes the server's answer, which `onCart` gets too.
 */
export function useCartMutation(onCart?: (cart: Cart) => void) {
  const [state, setState] = useState<State>(IDLE);

  function mutate(change: CartChange, options?: { onError?: () => void }) {
    const before = currentCartCount();
    const delta = countDelta(change);
    // A change the server will refuse (e.g. 1000) must not flash an absurd count.
    if (Number.isInteger(delta) && change.kind !== "set") setCartCount(Math.max(0, before + delta));
    setState({ isPending: true, isSuccess: false, error: null });
    send(change).then(
      ({ cart }) => {
        setCartCount(cart.count);
        onCart?.(cart);
        setState({ isPending: false, isSuccess: true, error: null });
      },
      (caught: unknown) => {
        setCartCount(before);
        const error = caught instanceof ApiError ? caught : new ApiError(String(caught), 0, "unknown_error");
        setState({ isPending: false, isSuccess: false, error });
        options?.onError?.();
      },
    );
  }

  return { ...state, mutate, reset: () => setState(IDLE) };
}
