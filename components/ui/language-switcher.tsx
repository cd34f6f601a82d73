import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The header's language choice: a plain form (no JavaScript) posting to /api/locale, which keeps
 * the choice in a cookie and comes back to the page. The current language is marked, not a button.
 */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.language")]);
  return (
    <form action="/api/locale" method="post" className="flex items-center text-sm">
      <span className="sr-only">{t("label")}</span>
      {LOCALES.map((option) =>
        option === locale ? (
          <span
            key={option}
            lang={option}
            aria-current="true"
            className="rounded-full px-2 py-1 font-semibold text-ink"
          >
            {option.toUpperCase()}
            <span className="sr-only"> ({LOCALE_NAMES[option]})</span>
          </span>
        ) : (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            className="rounded-full px-2 py-1 text-ink-muted underline-offset-2 hover:bg-surface-sunken hover:underline"
          >
            {/* The visible "EN" starts the button's name (WCAG 2.5.3, label in name). */}
            <span lang={option}>{option.toUpperCase()}</span>
            <span className="sr-only">: {t("switchTo", { language: LOCALE_NAMES[option] })}</span>
          </button>
        ),
      )}
    </form>
  );
}
