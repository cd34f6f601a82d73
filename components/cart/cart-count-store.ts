"use client";

import { useEffect, useSyncExternalStore } from "react";

// The header's item count comes from the server render (or, on a static page, from /api/shopper).
// Cart mutations override it (optimistically, then with the server's answer) until a new render
// brings a different number.
let serverCount: number | null = null;
let override: number | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function currentCartCount(): number {
  return override ?? serverCount ?? 0;
}

export function setCartCount(count: number | null) {
  override = count;
  emit();
}

export function useCartCount(rendered: number | null): number | null {
  useEffect(() => {
    if (serverCount !== rendered) {
      serverCount = rendered;
      override = null;
      emit();
    }
  }, [rendered]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => override ?? rendered,
    () => rendered,
  );
}
