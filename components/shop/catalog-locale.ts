import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of a cached catalog page, from its `[locale]` segment (proxy.ts chose it by the
 * rule). Told to next-intl, so the page's words read no cookie and the page stays static.
 */
export async function catalogLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
