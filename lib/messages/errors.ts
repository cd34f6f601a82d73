import { createTranslator } from "next-intl";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * The words behind every error code a use case or route can answer live in the catalogues
 * (lib/i18n/messages/{id,en}/errors.json). Use cases never hold sentences: they return a code (and,
 * where a code has variants, a message key); the edge (lib/http.ts, the auth forms) picks the
 * request's language and turns the code into one of these.
 */
export type MessageKey = Exclude<keyof Messages["errors"], "signIn">;
export type MessageParams = Record<string, string | number>;

type Translate = (key: string, params?: MessageParams) => string;
const translators = new Map<string, Translate>();

/** A plain translator over one namespace of one language, made once (also outside React). */
export function translatorFor(locale: Locale, namespace: "errors" | "fields"): Translate {
  const key = `${locale}:${namespace}`;
  let translate = translators.get(key);
  if (!translate) {
    const t = createTranslator({
      locale,
      messages: CATALOGUES[locale],
      namespace,
      // A missing value leaves its `{name}` place visible rather than failing the answer.
      onError: () => undefined,
      getMessageFallback: ({ key: missing }) => missing,
    }) as unknown as { (key: string, params?: MessageParams): string; has(key: string): boolean };
    translate = (k, params) => t(k, params);
    translators.set(key, translate);
  }
  return translate;
}

/** The sentence for a message key in a language, its `{name}` places filled from params. */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  // i18n-dynamic: errors
  return translatorFor(locale, "errors")(key, params);
}
