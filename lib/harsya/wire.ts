import { z } from "zod";
import { jsonObject, looseStorableObject, MAX_AMOUNT, MAX_INT, text } from "@/lib/bounds";

/**
 * The gateway's documented wire format (../shared/harsya-api.md): enums and request bodies.
 * Shared by the client (as request types) and by the embedded sandbox (to validate what it is
 * sent), and by nothing else: it holds no secrets and no behaviour.
 */

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

/** A type error's message: "is required" when the field is missing, `message` when it is wrong. */
const expected = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message),
});

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

const returnUrl = text()
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters")
  .refine(isHttpUrl, "must be an absolute http(s) URL");

/** The documented format is `YYYY-MM-DDTHH:MM:SSZ`; fractions and offsets are read too. */
const timestamp = z.iso.datetime({
  offset: true,
  ...expected("must be a timestamp like 2025-12-30T23:59:00Z"),
});

const optionalText = (max: number) => text().max(max, `must be at most ${max} characters`).nullish();

export const AmountSchema = z.object({
  value: z
    .number(expected("must be a number"))
    .int("must be a whole number of rupiah")
    .positive("must be greater than 0")
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
  currency: z.literal("IDR", expected("must be IDR")),
});
export type Amount = z.infer<typeof AmountSchema>;

export const RedirectUrlSchema = z.object({
  successReturnUrl: returnUrl.nullish(),
  failureReturnUrl: returnUrl.nullish(),
  expirationReturnUrl: returnUrl.nullish(),
});

export const VirtualAccountOptionsSchema = looseStorableObject({
  channel: z.enum(VA_CHANNELS, expected(`must be one of ${VA_CHANNELS.join(", ")}`)).nullish(),
  virtualAccountName: optionalText(100),
  virtualAccountNumber: optionalText(100),
  expiryAt: timestamp.nullish(),
});

// Objects the sandbox keeps but does not model; stored as they came, so they must be storable.
const anyObject = jsonObject;

// Request objects accept and keep fields they do not name (looseObject): the docs add fields over
// time (recurringId, initiateFirstAuthorization...), and a newer option must never be an error.

/** `paymentMethodOptions.qr`: the QR's own expiry (at most 60 minutes ahead per the docs' config). */
export const QrOptionsSchema = looseStorableObject({
  expiryAt: timestamp.nullish(),
});

/** `paymentMethodOptions.ewallet`: which wallet, and the payment's expiry (at most 30 minutes ahead). */
export const EwalletOptionsSchema = looseStorableObject({
  channel: z.enum(EWALLET_CHANNELS, expected(`must be one of ${EWALLET_CHANNELS.join(", ")}`)).nullish(),
  expiryAt: timestamp.nullish(),
});

/** `paymentMethodOptions.card`. */
export const CardOptionsSchema = looseStorableObject({
  captureMethod: z.enum(CAPTURE_METHODS, expected("must be automatic or manual")).nullish(),
  threeDsMethod: z
    .enum(THREE_DS_METHODS, expected(`must be one of ${THREE_DS_METHODS.join(", ")}`))
    .nullish(),
  processingConfig: anyObject.nullish(),
  installment: anyObject.nullish(),
});

export const PaymentMethodOptionsSchema = looseStorableObject({
  id: optionalText(255),
  virtualAccount: VirtualAccountOptionsSchema.nullish(),
  card: CardOptionsSchema.nullish(),
  ewallet: EwalletOptionsSchema.nullish(),
  qr: QrOptionsSchema.nullish(),
});
export type PaymentMethodOptions = z.input<typeof PaymentMethodOptionsSchema>;

/**
 * `paymentMethod.ewallet`: the mobile number registered to the wallet (OVO pushes the payment to
 * it). Any Indonesian mobile form is read: 0811..., 62811..., +62811..., 811....
 */
export const EwalletMethodSchema = looseStorableObject({
  accountIdentifier: text(expected("must be a string"))
    .min(1, "must not be empty")
    .max(20, "must be at most 20 characters")
    .nullish(),
});

/**
 * `paymentMethod.card`: an `encryptedCard` (API mode), a stored-card `token`, or the raw card of a
 * PCI-DSS merchant. A REDIRECT integration sends none of these: the hosted page takes the card.
 */
export const CardMethodSchema = looseStorableObject({
  encryptedCard: text().max(500, "must be at most 500 characters").nullish(),
  token: text().max(255, "must be at most 255 characters").nullish(),
  number: text().max(255, "must be at most 255 characters").nullish(),
  expMonth: z.union([text().max(4), z.number().int().max(MAX_INT)]).nullish(),
  expYear: z.union([text().max(4), z.number().int().max(MAX_INT)]).nullish(),
  cvc: text().max(4, "must be at most 4 characters").nullish(),
  cardHolderFirstName: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderLastName: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderEmail: text().max(255, "must be at most 255 characters").nullish(),
  cardHolderPhone: text().max(255, "must be at most 255 characters").nullish(),
});

export const PaymentMethodSchema = looseStorableObject({
  type: z.enum(PAYMENT_METHOD_TYPES, expected(`must be one of ${PAYMENT_METHOD_TYPES.join(", ")}`)),
  virtualAccount: anyObject.nullish(),
  qr: anyObject.nullish(),
  card: CardMethodSchema.nullish(),
  ewallet: EwalletMethodSchema.nullish(),
  // The reference's card example nests the options here; the field table has them as a sibling.
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
});

const PhoneNumberSchema = z.object({
  countryCode: text().min(1, "must not be empty").max(4, "must be at most 4 characters"),
  number: text().regex(/^8\d{0,14}$/, "must start with 8 (no leading 0 or 62) and have at most 15 digits"),
});

export const CustomerSchema = looseStorableObject({
  givenName: text().min(1, "must not be empty").max(255, "must be at most 255 characters").nullish(),
  surname: optionalText(255),
  // Several of the gateway's own examples spell it this way.
  sureName: optionalText(255),
  email: z.email("must be an email address").max(255, "must be at most 255 characters"),
  phoneNumber: PhoneNumberSchema.nullish(),
  refundPreference: anyObject.nullish(),
});

const ProductDetailSchema = looseStorableObject({
  type: z.enum(["PHYSICAL", "DIGITAL", "SERVICE"], expected("must be one of PHYSICAL, DIGITAL, SERVICE")),
  category: optionalText(255),
  subCategory: optionalText(255),
  name: optionalText(255),
  description: optionalText(255),
  quantity: z
    .number(expected("must be a number"))
    .positive("must be greater than 0")
    .max(MAX_INT, `must be at most ${MAX_INT}`),
  price: AmountSchema,
});

export const OrderInformationSchema = looseStorableObject({
  productDetails: z.array(ProductDetailSchema).min(1, "must list at least one product"),
  billingInfo: anyObject.nullish(),
  shippingInfo: anyObject.nullish(),
});

export const CreatePaymentRequestSchema = z.looseObject({
  clientReferenceId: text(expected("must be a string"))
    .min(1, "must not be empty")
    .max(100, "must be at most 100 characters")
    .regex(/^[A-Za-z0-9_-]+$/, "may contain only letters, digits, '-' and '_'"),
  amount: AmountSchema,
  paymentType: z.enum(["SINGLE", "MULTIPLE"], expected("must be SINGLE or MULTIPLE")).nullish(),
  paymentMethod: PaymentMethodSchema.nullish(),
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
  saveForFutureUse: z.boolean(expected("must be true or false")).nullish(),
  showSavedPayment: z.boolean(expected("must be true or false")).nullish(),
  mode: z.enum(["REDIRECT", "API"], expected("must be REDIRECT or API")).nullish(),
  bypassStatusPage: z.boolean(expected("must be true or false")).nullish(),
  redirectUrl: RedirectUrlSchema,
  customerId: optionalText(255),
  customer: CustomerSchema.nullish(),
  orderInformation: OrderInformationSchema.nullish(),
  autoConfirm: z.boolean(expected("must be true or false")).nullish(),
  statementDescriptor: optionalText(20),
  expirationMode: z.enum(["LOOSE", "STRICT"], expected("must be LOOSE or STRICT")).nullish(),
  expiryAt: timestamp.nullish(),
  metadata: anyObject.nullish(),
  splitRoutingConfigurations: z.array(anyObject).nullish(),
});
export type CreatePaymentRequest = z.input<typeof CreatePaymentRequestSchema>;

export const ConfirmPaymentRequestSchema = looseStorableObject({
  paymentMethod: PaymentMethodSchema,
  paymentMethodOptions: PaymentMethodOptionsSchema.nullish(),
});
export type ConfirmPaymentRequest = z.input<typeof ConfirmPaymentRequestSchema>;

export const CancelPaymentRequestSchema = z.object({
  cancellationReason: z.enum(
    MERCHANT_CANCELLATION_REASONS,
    expected(`must be one of ${MERCHANT_CANCELLATION_REASONS.join(", ")}`),
  ),
});

/** A payment session's id, in a path or a body. The gateway's are UUIDs; any storable text is asked about. */
export const PaymentSessionIdSchema = text(expected("must be a string"))
  .min(1, "must not be empty")
  .max(255, "must be at most 255 characters");

export const SimulatePaymentRequestSchema = z.object({
  paymentSessionId: PaymentSessionIdSchema,
  chargeStatus: z.enum(
    SIMULATION_CHARGE_STATUSES,
    expected(`must be one of ${SIMULATION_CHARGE_STATUSES.join(", ")}`),
  ),
  amount: AmountSchema.nullish(),
});
export type SimulatePaymentRequest = z.input<typeof SimulatePaymentRequestSchema>;

export const AccessTokenRequestSchema = z.object({
  grantType: z.literal("client_credentials", expected("must be client_credentials")),
});

export const ListPaymentsQuerySchema = z.object({
  clientReferenceId: text().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  page: z.coerce
    .number(expected("must be a whole number"))
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_INT, `must be at most ${MAX_INT}`)
    .default(1),
  perPage: z.coerce
    .number(expected("must be a whole number"))
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(20),
});
