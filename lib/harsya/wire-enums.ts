/** The wire format's enums (harsya-api.md): the values the gateway sends and accepts. */

export const VA_CHANNELS = [
  "BCA",
  "BNI",
  "BRI",
  "MANDIRI",
  "PERMATA",
  "CIMB",
  "BSI",
  "BNC",
  "DANAMON",
] as const;
export type VaChannel = (typeof VA_CHANNELS)[number];

export const PAYMENT_METHOD_TYPES = ["VIRTUAL_ACCOUNT", "QR", "CARD", "EWALLET"] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

/** `paymentMethodOptions.ewallet.channel` and the charge's `ewallet.channel`. */
export const EWALLET_CHANNELS = ["DANA", "SHOPEEPAY", "OVO"] as const;
export type EwalletChannel = (typeof EWALLET_CHANNELS)[number];

/** The brands of the docs' test cards; the gateway may also report AMEX, UNIONPAY, DINERS, DISCOVER. */
export const CARD_BRANDS = ["VISA", "MASTERCARD", "JCB"] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

/** `paymentMethodOptions.card.threeDsMethod`; AUTOMATIC is the default. */
export const THREE_DS_METHODS = ["AUTOMATIC", "NEVER", "CHALLENGE"] as const;
export type ThreeDsMethod = (typeof THREE_DS_METHODS)[number];

/** `paymentMethodOptions.card.captureMethod`: the docs write it both ways. */
export const CAPTURE_METHODS = ["automatic", "manual", "AUTOMATIC", "MANUAL"] as const;

/** The charge's `qr.acquirer` and `qr.qrType` values seen in the docs. */
export const QR_ACQUIRERS = ["BRI", "BNC"] as const;
export const QR_TYPES = ["DYNAMIC", "STATIC"] as const;

/** `chargeDetails[].failureCode` (harsya-api.md §6.3 and the card test table of §10.3). */
export const CHARGE_FAILURE_CODES = [
  "DECLINED_BY_CHANNEL",
  "INVALID_ACCOUNT",
  "AUTHENTICATION_FAILED",
  "SUSPECTED_FRAUD",
  "INSUFFICIENT_FUND",
  "CHANNEL_UNAVAILABLE",
  "CANCELLED_BY_USER",
  "CHARGE_EXPIRED",
  "BLOCKED_BY_FDS",
  "REQUIRE_REVIEW",
] as const;
export type ChargeFailureCode = (typeof CHARGE_FAILURE_CODES)[number];

export const KNOWN_SESSION_STATUSES = [
  "REQUIRE_PAYMENT_METHOD",
  "REQUIRE_CONFIRMATION",
  "REQUIRE_ACTION",
  "ACTIVE",
  "PROCESSING",
  "CANCELLED",
  "EXPIRED",
  "INACTIVE",
  "PAID",
] as const;
export type KnownSessionStatus = (typeof KNOWN_SESSION_STATUSES)[number];

export const KNOWN_CHARGE_STATUSES = [
  "WAITING_FOR_USER_ACTION",
  "WAITING_FOR_AUTHENTICATION",
  "PROCESSING",
  "WAITING_FOR_CAPTURE",
  "FAILED",
  "EXPIRED",
  "SUCCESS",
] as const;
export type KnownChargeStatus = (typeof KNOWN_CHARGE_STATUSES)[number];

/** Reasons a merchant may give to `/cancel`; the gateway itself also uses CHARGE_FAILED and FRAUDULENT. */
export const MERCHANT_CANCELLATION_REASONS = ["REQUESTED_BY_CUSTOMER", "DUPLICATED", "VOID_SESSION"] as const;
export type MerchantCancellationReason = (typeof MERCHANT_CANCELLATION_REASONS)[number];

/**
 * The dashboard's "test callback" sends `{"event":"PAYMENT.TEST","data":{}}`: no session in it, so
 * a webhook should acknowledge it without looking anything up.
 */
export const PAYMENT_TEST_EVENT = "PAYMENT.TEST";

/** `PAYMENT.EXPIRED` is not in the gateway's docs: the embedded sandbox sends it (see README). */
export const KNOWN_PAYMENT_EVENTS = [
  "PAYMENT.PROCESSING",
  "PAYMENT.PAID",
  "CHARGE.SUCCESS",
  "PAYMENT.CANCELLED",
  "PAYMENT.EXPIRED",
  PAYMENT_TEST_EVENT,
] as const;
export type KnownPaymentEvent = (typeof KNOWN_PAYMENT_EVENTS)[number];

/** `FAILED` is a sandbox extension; the gateway documents SUCCESS and EXPIRED. */
export const SIMULATION_CHARGE_STATUSES = ["SUCCESS", "EXPIRED", "FAILED"] as const;
export type SimulationChargeStatus = (typeof SIMULATION_CHARGE_STATUSES)[number];

/** `X-REQUEST-ID`: alphanumeric, 16 to 36 characters, remembered by the gateway for 24 hours. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9]{16,36}$/;
