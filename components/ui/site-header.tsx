import { Suspense } from "react";
import { AccountLinks } from "@/components/auth/account-links";
import { CartLink } from "@/components/cart/cart-link";
import { OpenPaymentHint } from "@/components/checkout/open-payment-hint";
import { currentUser } from "@/lib/auth/session";
import { currentCart } from "@/lib/cart";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { HeaderShell } from "./header-shell";
import { LanguageSwitcher } from "./language-switcher";

/** The header of pages rendered per request: the cart, the account and the open payment are read here. */
export async function SiteHeader() {
  // The cart cookie makes every page dynamic, so configuration is read per request, never at build.
  const [cart, user, t] = await Promise.all([currentCart(), currentUser(), getTranslations("common")]);
  const { storeName, harsya } = env();
  return (
    <HeaderShell
      storeName={storeName}
      banner={harsya.sandboxMode ? t("sandboxBanner") : undefined}
      navLabel={t("mainNav")}
      nav={
        <>
          <LanguageSwitcher />
          <AccountLinks user={user} />
        </>
      }
      cart={<CartLink count={cart.count} {...await cartLinkWords()} />}
      below={
        <Suspense fallback={null}>
          <OpenPaymentHint />
        </Suspense>
      }
    />
  );
}

/** The cart pill's words in the page's language. */
export async function cartLinkWords() {
  const t = await getTranslations("common");
  return {
    label: t("cartLink.label"),
    units: { one: t("cartLink.items", { count: 1 }), other: t("cartLink.items", { count: 2 }) },
  };
}
