/**
 * Every sentence the shop shows, in both languages, one JSON file per namespace and language
 * (lib/i18n/messages/{id,en}/{namespace}.json). English is the reference shape: the types come
 * from it, and lib/i18n/catalogue.test.ts fails on a key missing from either side or used nowhere.
 *
 * To add a namespace: write both files, import them here, and add them to both maps.
 */
import enCommon from "./messages/en/common.json";
import enEmail from "./messages/en/email.json";
import enPayAgain from "./messages/en/payAgain.json";
import idCommon from "./messages/id/common.json";
import idEmail from "./messages/id/email.json";
import idPayAgain from "./messages/id/payAgain.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  email: enEmail,
  payAgain: enPayAgain,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

const id: Messages = {
  common: idCommon,
  email: idEmail,
  payAgain: idPayAgain,
};

export const CATALOGUES: Record<Locale, Messages> = { en, id };

/** The namespaces a client island needs, and nothing else: what goes to the browser. */
export function pickMessages<N extends Namespace>(
  locale: Locale,
  namespaces: readonly N[],
): Pick<Messages, N> {
  const all = CATALOGUES[locale];
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as Pick<Messages, N>;
}
