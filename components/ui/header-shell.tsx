import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The header's layout, whoever fills it. On a phone it takes two rows: the store's name and the
 * cart first, then the language and the account links; from `sm` up, one row in reading order
 * (name, links, cart).
 */
export function HeaderShell({
  storeName,
  banner,
  nav,
  navLabel,
  cart,
  below,
}: {
  storeName: string;
  /** The sandbox's notice above everything, when there is one. */
  banner?: string;
  nav: ReactNode;
  navLabel: string;
  cart: ReactNode;
  below?: ReactNode;
}) {
  return (
    <header className="border-b border-surface-line bg-surface">
      {banner && <p className="bg-accent-100 px-4 py-1 text-center text-xs text-warning-700">{banner}</p>}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link
          href="/"
          title={storeName}
          className="min-w-0 max-w-full flex-auto truncate text-lg font-bold tracking-tight text-brand-800"
        >
          {storeName}
        </Link>
        <nav
          aria-label={navLabel}
          className="order-2 flex flex-wrap items-center gap-x-1 gap-y-1 sm:order-1 sm:gap-x-2"
        >
          {nav}
        </nav>
        <div className="order-1 shrink-0 sm:order-2">{cart}</div>
      </div>
      {below}
    </header>
  );
}
