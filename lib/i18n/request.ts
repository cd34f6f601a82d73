import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { SHOP_TIME_ZONE } from "@/lib/time";
import { CATALOGUES } from "./catalogue";
import { isLocale, LOCALE_COOKIE, pickLocale, type Locale } from "./locales";

/** This request's language, by the rule in ./locales.ts. Pages, route handlers and actions. */
export async function requestLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return pickLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
}

// next-intl's per-request configuration (next.config.mjs points its plugin here). The language is
// the one asked for (emails), else the cached catalog's (its pages call setRequestLocale, so they
// read no cookie), else the request's by the rule.
export default getRequestConfig(async ({ locale: explicit, requestLocale: ofPage }) => {
  const chosen = explicit ?? (await ofPage);
  const locale = isLocale(chosen) ? chosen : await requestLocale();
  return { locale, messages: CATALOGUES[locale], timeZone: SHOP_TIME_ZONE };
});
