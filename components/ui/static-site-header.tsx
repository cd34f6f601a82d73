import { getTranslations } from "next-intl/server";
import { accountWords } from "@/components/auth/account-links";
import { env } from "@/lib/env";
import { HeaderShell } from "./header-shell";
import { LanguageSwitcher } from "./language-switcher";
import { ShopperAccountLinks, ShopperCartLink, ShopperPaymentHint } from "./shopper-islands";
import { cartLinkWords } from "./site-header";

/**
 * The header of the cached catalog pages: the same for every visitor of a language, so nothing in
 * it reads a cookie. This browser's cart count, account links and open payment come from the
 * islands (one GET /api/shopper).
 */
export async function StaticSiteHeader() {
  const [t, account, cart] = await Promise.all([getTranslations("common"), accountWords(), cartLinkWords()]);
  const { storeName, harsya } = env();
  return (
    <HeaderShell
      storeName={storeName}
      banner={harsya.sandboxMode ? t("sandboxBanner") : undefined}
      navLabel={t("mainNav")}
      nav={
        <>
          <LanguageSwitcher />
          <ShopperAccountLinks words={account} />
        </>
      }
      cart={<ShopperCartLink {...cart} />}
      below={<ShopperPaymentHint link={t("openPayment.link")} />}
    />
  );
}
