/**
 * The gateway's documented wire format (../shared/harsya-api.md): enums and request bodies.
 * Shared by the client (as request types) and by the embedded sandbox (to validate what it is
 * sent), and by nothing else: it holds no secrets and no behaviour.
 *
 * Request objects accept and keep fields they do not name (looseObject): the docs add fields over
 * time (recurringId, initiateFirstAuthorization...), and a newer option must never be an error.
 */

export * from "./wire-enums";
export { AmountSchema, RedirectUrlSchema, type Amount } from "./wire-fields";
export * from "./wire-methods";
export * from "./wire-requests";
