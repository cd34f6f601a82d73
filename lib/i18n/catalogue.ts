/**
 * Every sentence the shop shows, in both languages, one JSON file per namespace and language
 * (lib/i18n/messages/{id,en}/{namespace}.json). English is the reference shape: the types come
 * from it, and lib/i18n/catalogue.test.ts fails on a key missing from either side or used nowhere.
 *
 * To add a namespace: write both files, import them here, and add them to both maps.
 */
import enCart from "./messages/en/cart.json";
import enCheckout from "./messages/en/checkout.json";
import enCommon from "./messages/en/common.json";
import enShop from "./messages/en/shop.json";
import idCart from "./messages/id/cart.json";
import idCheckout from "./messages/id/checkout.json";
import idCommon from "./messages/id/common.json";
import idShop from "./messages/id/shop.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  shop: enShop,
  cart: enCart,
  checkout: enCheckout,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

const id: Messages = {
  common: idCommon,
  shop: idShop,
  cart: idCart,
  checkout: idCheckout,
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
