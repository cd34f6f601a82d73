import type { Locale } from "@/lib/i18n/locales";

/**
 * The cached catalog's addresses. Shoppers see `/`, `/?after=<id>` and `/products/<slug>`;
 * proxy.ts serves them from `/catalog/<language>/…` (app/(catalog)), one cached page per language,
 * the language chosen by the rule in lib/i18n/locales.ts. Pure, so it is unit-tested.
 */
export const CATALOG_PREFIX = "/catalog";

/** The internal page for a public catalog address, or undefined when the address is not one. */
export function catalogPage(pathname: string, search: URLSearchParams, locale: Locale): string | undefined {
  if (pathname === "/") {
    const after = search.get("after");
    // As before the cache: a cursor that is not an id shows the first page.
    return after && /^[1-9]\d{0,8}$/.test(after)
      ? `${CATALOG_PREFIX}/${locale}/after/${after}`
      : `${CATALOG_PREFIX}/${locale}`;
  }
  const product = /^\/products\/([^/]+)$/.exec(pathname);
  // Product images live beside the pages (public/products/<slug>.svg): those are files, not pages.
  if (product && !/\.(svg|png|jpe?g|webp|avif|gif)$/i.test(product[1]!))
    return `${CATALOG_PREFIX}/${locale}/products/${product[1]}`;
  return undefined;
}

/** The internal addresses themselves (Next may send a rewrite back through the proxy). */
export function isInternalCatalogPath(pathname: string): boolean {
  return pathname === CATALOG_PREFIX || pathname.startsWith(`${CATALOG_PREFIX}/`);
}
