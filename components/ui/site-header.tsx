import Link from "next/link";
import { Suspense } from "react";
import { AccountLinks } from "@/components/auth/account-links";
import { CartLink } from "@/components/cart/cart-link";
import { OpenPaymentHint } from "@/components/checkout/open-payment-hint";
import { currentUser } from "@/lib/auth/session";
import { currentCart } from "@/lib/cart";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

/**
 * On a phone the header takes two rows: the store's name and the cart first, then the language and
 * the account links; from `sm` up, one row in reading order (name, links, cart).
 */
export async function SiteHeader() {
  // The cart cookie makes every page dynamic, so configuration is read per request, never at build.
  const [cart, user, t] = await Promise.all([currentCart(), currentUser(), getTranslations("common")]);
  const { storeName, harsya } = env();
  return (
    <header className="border-b border-surface-line bg-surface">
      {harsya.sandboxMode && (
        <p className="bg-accent-100 px-4 py-1 text-center text-xs text-warning-700">{t("sandboxBanner")}</p>
      )}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link
          href="/"
          title={storeName}
          className="min-w-0 max-w-full flex-auto truncate text-lg font-bold tracking-tight text-brand-800"
        >
          {storeName}
        </Link>
        <nav
          aria-label={t("mainNav")}
          className="order-2 flex flex-wrap items-center gap-x-1 gap-y-1 sm:order-1 sm:gap-x-2"
        >
          <LanguageSwitcher />
          <AccountLinks user={user} />
        </nav>
        <div className="order-1 shrink-0 sm:order-2">
          <CartLink
            count={cart.count}
            label={t("cartLink.label")}
            units={{ one: t("cartLink.items", { count: 1 }), other: t("cartLink.items", { count: 2 }) }}
          />
        </div>
      </div>
      <Suspense fallback={null}>
        <OpenPaymentHint />
      </Suspense>
    </header>
  );
}
