import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/**
 * The shop's chrome: skip link, header with the cart, main content, footer. The sandbox has its own.
 * The cached catalog pages bring their static header (components/ui/static-site-header.tsx).
 */
export async function StoreFrame({ children, header }: { children: ReactNode; header?: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      {header ?? <SiteHeader />}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
      <footer className="border-t border-surface-line py-6 text-center text-xs text-ink-muted">
        {t("footer")}
      </footer>
    </>
  );
}
