import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { SHOP_VIEWPORT, shopMetadata } from "@/components/ui/shop-metadata";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  return shopMetadata();
}

export const viewport: Viewport = SHOP_VIEWPORT;

/**
 * The root layout of every page rendered per request (the language by the rule in
 * lib/i18n/locales.ts). The cached catalog has its own root layout: app/(catalog)/catalog/[locale].
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
