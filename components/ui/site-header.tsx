import Link from "next/link";
import { AccountLinks } from "@/components/auth/account-links";
import { CartLink } from "@/components/cart/cart-link";
import { currentUser } from "@/lib/auth/session";
import { currentCart } from "@/lib/cart";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  // The cart cookie makes every page dynamic, so configuration is read per request, never at build.
  const [cart, user, t] = await Promise.all([currentCart(), currentUser(), getTranslations("common")]);
  const { storeName, harsya } = env();
  return (
    <header className="border-b border-surface-line bg-surface">
      {harsya.sandboxMode && (
        <p className="bg-accent-100 px-4 py-1 text-center text-xs text-accent-600">{t("sandboxBanner")}</p>
      )}
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-800">
          {storeName}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-3">
          <LanguageSwitcher />
          <AccountLinks user={user} />
          <CartLink count={cart.count} />
        </nav>
      </div>
    </header>
  );
}
