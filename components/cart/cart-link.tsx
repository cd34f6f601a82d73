"use client";

import Link from "next/link";
import { useCartCount } from "./cart-count-store";

/**
 * The header's cart pill; its words come translated from the header (no catalogue shipped).
 * `count` is null on a static page until this browser's cart is known: the badge keeps its size.
 */
export function CartLink({
  count,
  label,
  units,
}: {
  count: number | null;
  label: string;
  units: { one: string; other: string };
}) {
  const shown = useCartCount(count);
  const known = shown !== null;
  return (
    <Link
      href="/cart"
      className="inline-flex shrink-0 items-center gap-2 whitespace-nowrap rounded-full border border-surface-line bg-surface px-3 py-2 text-sm font-medium hover:border-brand-500 sm:px-4"
    >
      {label}
      <span
        className="min-w-6 rounded-full bg-brand-700 px-2 py-0.5 text-center text-xs font-semibold text-white"
        data-testid="cart-count"
      >
        {known ? shown : "\u00a0"}
      </span>
      {known && <span className="sr-only">{shown === 1 ? units.one : units.other}</span>}
    </Link>
  );
}
