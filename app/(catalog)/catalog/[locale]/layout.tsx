import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SHOP_VIEWPORT, shopMetadata } from "@/components/ui/shop-metadata";
import { StaticSiteHeader } from "@/components/ui/static-site-header";
import { StoreFrame } from "@/components/ui/store-frame";
import { catalogLocale } from "@/components/shop/catalog-locale";
import "../../../globals.css";

/**
 * The root layout of the cached catalog (`/` and product pages). proxy.ts rewrites those URLs to
 * /catalog/<language>/… by the language rule, so each language's pages are rendered once and
 * served from Next's cache until a product on them changes (lib/catalog/freshness.ts). Nothing
 * here may read the request: that would make every view a render again.
 */
type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Rendered on the first visit, not at build time: the build has no business with the database.
export const generateStaticParams = () => [];
export const dynamicParams = true;
// A cookie or header read anywhere below fails loudly instead of quietly rendering every view.
export const dynamic = "error";

export const generateMetadata = (): Metadata => shopMetadata();
export const viewport: Viewport = SHOP_VIEWPORT;

export default async function CatalogLayout({ children, params }: Props) {
  const locale = await catalogLocale(params);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <StoreFrame header={<StaticSiteHeader />}>{children}</StoreFrame>
      </body>
    </html>
  );
}
