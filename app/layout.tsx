import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { env } from "@/lib/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const { storeName } = env();
  return {
    title: { default: storeName, template: `%s · ${storeName}` },
    description: `${storeName}: Indonesian goods, paid by bank virtual account.`,
  };
}

export const viewport: Viewport = { themeColor: "#213b94", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <footer className="border-t border-surface-line py-6 text-center text-xs text-ink-muted">
          Payments by Harsya virtual account. Prices in Indonesian rupiah, tax included.
        </footer>
      </body>
    </html>
  );
}
