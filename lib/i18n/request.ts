import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { SHOP_TIME_ZONE } from "@/lib/time";
import { CATALOGUES } from "./catalogue";
import { LOCALE_COOKIE, pickLocale, type Locale } from "./locales";

/** This request's language, by the rule in ./locales.ts. Pages, route handlers and actions. */
export async function requestLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return pickLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
}

// next-intl's per-request configuration (next.config.mjs points its plugin here).
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = explicit === "id" || explicit === "en" ? explicit : await requestLocale();
  return { locale, messages: CATALOGUES[locale], timeZone: SHOP_TIME_ZONE };
});
