"use client";

import Link from "next/link";
import { AccountLinksView, type AccountWords } from "@/components/auth/account-links-view";
import { CartLink } from "@/components/cart/cart-link";
import { useShopper } from "./shopper-store";

/** The static header's cart pill: no number until this browser's cart is known. */
export function ShopperCartLink(props: { label: string; units: { one: string; other: string } }) {
  const shopper = useShopper();
  return <CartLink count={shopper ? shopper.cartCount : null} {...props} />;
}

/** The static header's account links: "Sign in" until a signed-in visitor is known. */
export function ShopperAccountLinks({ words }: { words: AccountWords }) {
  const shopper = useShopper();
  return <AccountLinksView user={shopper?.user ?? null} words={words} />;
}

/**
 * The open payment's one-line reminder. On a static page it arrives after the page is drawn, so
 * it floats at the bottom of the window instead of pushing the page down.
 */
export function ShopperPaymentHint({ link }: { link: string }) {
  const open = useShopper()?.openPayment;
  if (!open) return null;
  return (
    <p className="fixed inset-x-0 bottom-0 z-40 border-t border-surface-line bg-brand-50 px-4 py-3 text-center text-sm text-brand-900 shadow-lg">
      {open.hint}{" "}
      <Link href={`/orders/${open.orderId}`} className="font-semibold underline">
        {link}
      </Link>
    </p>
  );
}
