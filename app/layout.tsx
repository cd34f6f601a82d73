import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
