"use client";

import Link from "next/link";
import { useCartCount } from "./cart-count-store";

export function CartLink({ count }: { count: number }) {
  const shown = useCartCount(count);
  return (
    <Link
      href="/cart"
      className="inline-flex items-center gap-2 rounded-full border border-surface-line bg-surface px-4 py-2 text-sm font-medium hover:border-brand-500"
    >
      Cart
      <span
        className="min-w-6 rounded-full bg-brand-700 px-2 py-0.5 text-center text-xs font-semibold text-white"
        data-testid="cart-count"
      >
        {shown}
      </span>
      <span className="sr-only">{shown === 1 ? "item" : "items"}</span>
    </Link>
  );
}
