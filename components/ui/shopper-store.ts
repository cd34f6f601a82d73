"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

/**
 * What a static (cached) page cannot know when it is built: this browser's cart count, who is
 * signed in and the cart's open payment. One GET /api/shopper per page view fills the header's
 * islands (cart pill, account links, payment hint), which share this store.
 */
export interface Shopper {
  cartCount: number;
  user: { email: string; isAdmin: boolean } | null;
  openPayment: { orderId: string; hint: string } | null;
}

let shopper: Shopper | null = null;
let loading: string | null = null;
const listeners = new Set<() => void>();

function load(pathname: string) {
  if (loading === pathname) return;
  loading = pathname;
  fetch("/api/shopper", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<Shopper>) : null))
    .then((answer) => {
      if (!answer) return;
      shopper = answer;
      for (const listener of listeners) listener();
    })
    // Without an answer the header keeps its defaults (no count, "Sign in"); nothing else depends on it.
    .catch(() => {});
}

/** This browser's shopper, fetched once per page (and again when Back restores a page). */
export function useShopper(): Shopper | null {
  const pathname = usePathname();
  useEffect(() => {
    load(pathname);
    const restored = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      loading = null;
      load(pathname);
    };
    window.addEventListener("pageshow", restored);
    return () => window.removeEventListener("pageshow", restored);
  }, [pathname]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => shopper,
    () => null,
  );
}
