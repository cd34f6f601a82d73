/**
 * The shop's languages and the rule that picks one per request: the visitor's own choice (the
 * header's switcher, kept in a cookie), otherwise the browser's Accept-Language, otherwise
 * Indonesian. Pure, so the same rule serves pages, route handlers, emails and tests.
 */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "locale";
/** A year: the choice outlives the browser session, as people expect of a language switch. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The language's own name, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { id: "Bahasa Indonesia", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a language tag to one of ours: "id-ID" and the old "in" are Indonesian, "en-*" English. */
function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split("-")[0];
  if (primary === "id" || primary === "in") return "id";
  if (primary === "en") return "en";
  return undefined;
}

/** The best of our languages in an Accept-Language header, by its q-values; ties keep order. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .slice(0, 1_000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return undefined;
}

/** The language rule: cookie, then Accept-Language, then Indonesian. */
export function pickLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The Intl locale each language formats money with: rupiah are written "Rp 150.000" in both. */
export const MONEY_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-ID" };
/** The Intl locale for dates and times ("Kamis, 26 November" / "Thursday 26 November"). */
export const DATE_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** The rule applied to a request's own headers (Cookie, Accept-Language), where no scope is. */
export function localeOfHeaders(headers: Pick<Headers, "get">): Locale {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return pickLocale({ cookie, acceptLanguage: headers.get("accept-language") });
}
