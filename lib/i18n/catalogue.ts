/**
 * Every sentence the shop shows, in both languages, one JSON file per namespace and language
 * (lib/i18n/messages/{id,en}/{namespace}.json). English is the reference shape: the types come
 * from it, and lib/i18n/catalogue.test.ts fails on a key missing from either side or used nowhere.
 *
 * To add a namespace: write both files, import them here, and add them to both maps.
 */
import enAdmin from "./messages/en/admin.json";
import enAuth from "./messages/en/auth.json";
import enCommon from "./messages/en/common.json";
import enErrorsPage from "./messages/en/errorsPage.json";
import enSandbox from "./messages/en/sandbox.json";
import idAdmin from "./messages/id/admin.json";
import idAuth from "./messages/id/auth.json";
import idCommon from "./messages/id/common.json";
import idErrorsPage from "./messages/id/errorsPage.json";
import idSandbox from "./messages/id/sandbox.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  auth: enAuth,
  admin: enAdmin,
  sandbox: enSandbox,
  errorsPage: enErrorsPage,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

const id: Messages = {
  common: idCommon,
  auth: idAuth,
  admin: idAdmin,
  sandbox: idSandbox,
  errorsPage: idErrorsPage,
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
