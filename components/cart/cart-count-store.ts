"use client";

import { useEffect, useSyncExternalStore } from "react";

// The header's item count comes from the server render. Cart mutations override it (optimistically,
// then with the server's answer) until a new server render brings a different number.
let serverCount = 0;
let override: number | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function currentCartCount(): number {
  return override ?? serverCount;
}

export function setCartCount(count: number | null) {
  override = count;
  emit();
}

export function useCartCount(rendered: number): number {
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
