/**
 * Every sentence the shop shows, in both languages, one JSON file per namespace and language
 * (lib/i18n/messages/{id,en}/{namespace}.json). English is the reference shape: the types come
 * from it, and lib/i18n/catalogue.test.ts fails on a key missing from either side or used nowhere.
 *
 * To add a namespace: write both files, import them here, and add them to both maps.
 */
import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enAuth from "./messages/en/auth.json";
import enCart from "./messages/en/cart.json";
import enCheckout from "./messages/en/checkout.json";
import enClient from "./messages/en/client.json";
import enCommon from "./messages/en/common.json";
import enEmail from "./messages/en/email.json";
import enErrors from "./messages/en/errors.json";
import enErrorsPage from "./messages/en/errorsPage.json";
import enFields from "./messages/en/fields.json";
import enOrders from "./messages/en/orders.json";
import enPayAgain from "./messages/en/payAgain.json";
import enPayment from "./messages/en/payment.json";
import enSandbox from "./messages/en/sandbox.json";
import enShop from "./messages/en/shop.json";
import idAccount from "./messages/id/account.json";
import idAdmin from "./messages/id/admin.json";
import idAuth from "./messages/id/auth.json";
import idCart from "./messages/id/cart.json";
import idCheckout from "./messages/id/checkout.json";
import idClient from "./messages/id/client.json";
import idCommon from "./messages/id/common.json";
import idEmail from "./messages/id/email.json";
import idErrors from "./messages/id/errors.json";
import idErrorsPage from "./messages/id/errorsPage.json";
import idFields from "./messages/id/fields.json";
import idOrders from "./messages/id/orders.json";
import idPayAgain from "./messages/id/payAgain.json";
import idPayment from "./messages/id/payment.json";
import idSandbox from "./messages/id/sandbox.json";
import idShop from "./messages/id/shop.json";
import type { Locale } from "./locales";

const en = {
  account: enAccount,
  admin: enAdmin,
  auth: enAuth,
  cart: enCart,
  checkout: enCheckout,
  client: enClient,
  common: enCommon,
  email: enEmail,
  errors: enErrors,
  errorsPage: enErrorsPage,
  fields: enFields,
  orders: enOrders,
  payAgain: enPayAgain,
  payment: enPayment,
  sandbox: enSandbox,
  shop: enShop,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

const id: Messages = {
  account: idAccount,
  admin: idAdmin,
  auth: idAuth,
  cart: idCart,
  checkout: idCheckout,
  client: idClient,
  common: idCommon,
  email: idEmail,
  errors: idErrors,
  errorsPage: idErrorsPage,
  fields: idFields,
  orders: idOrders,
  payAgain: idPayAgain,
  payment: idPayment,
  sandbox: idSandbox,
  shop: idShop,
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
