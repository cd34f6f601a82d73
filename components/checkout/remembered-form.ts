"use client";

import { useEffect, useRef } from "react";

/**
 * What the shopper typed into the checkout form, kept in this tab's sessionStorage: coming back
 * to the form (Back from the payment page, or from the cart) shows it again. Only this tab sees
 * it, and it ends with the tab; nothing here is sent anywhere.
 */
const STORAGE_KEY = "hc:checkout-form";

export interface RememberedForm {
  fullName: string;
  email: string;
  phone: string;
  paymentMethod: string;
  walletPhone: string | null;
}

function read(): Partial<RememberedForm> | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== "object" || parsed === null) return null;
    const entries = Object.entries(parsed).filter(
      ([key, value]) =>
        ["fullName", "email", "phone", "paymentMethod", "walletPhone"].includes(key) &&
        (typeof value === "string" || value === null),
    );
    return Object.fromEntries(entries) as Partial<RememberedForm>;
  } catch {
    return null; // Storage switched off or full: the form simply starts from the server's defaults.
  }
}

/**
 * Restores the remembered form once, after hydration (the server cannot know it), then keeps
 * `current` remembered as it changes. `restore` gets only the known fields, checked.
 */
export function useRememberedForm(
  current: RememberedForm,
  restore: (saved: Partial<RememberedForm>) => void,
) {
  const restored = useRef(false);
  const restoreRef = useRef(restore);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = read();
    if (saved) restoreRef.current(saved);
  }, []);
  const serialized = JSON.stringify(current);
  useEffect(() => {
    if (!restored.current) return;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, serialized);
    } catch {
      // Nothing to do: remembering is a convenience.
    }
  }, [serialized]);
}
