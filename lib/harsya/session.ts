import { z } from "zod";
import {
  KNOWN_SESSION_STATUSES,
  PAYMENT_TEST_EVENT,
  type CardBrand,
  type ChargeFailureCode,
  type EwalletChannel,
  type KnownChargeStatus,
  type KnownSessionStatus,
  type PaymentMethodType,
  type VaChannel,
} from "./wire";

/**
 * What the gateway answers, parsed leniently: its docs and examples disagree on details
 * (nanosecond timestamps, null vs absent, numbers as strings, new enum values), and a field we
 * do not rely on must never turn a paid session into a crash. Objects keep the fields they do not
 * name (looseObject), so nothing the gateway adds is lost on the way to the order's raw snapshot.
 */

/** A known value, or whatever new value the gateway sent, kept as is. */
type Open<Known extends string> = Known | (string & Record<never, never>);

export type SessionStatus = Open<KnownSessionStatus>;
export type ChargeStatus = Open<KnownChargeStatus>;

export function isKnownSessionStatus(status: string): status is KnownSessionStatus {
  return (KNOWN_SESSION_STATUSES as readonly string[]).includes(status);
}

/** Reads any RFC 3339 time the gateway sends; null, absent, the zero time and garbage read as null. */
export function parseGatewayTime(value: unknown): Date | null {
  if (typeof value !== "string" || value === "") return null;
  // Go's zero time marks "never" (static virtual accounts).
  if (value.startsWith("0001-01-01")) return null;
  // JavaScript keeps milliseconds; the gateway sends up to nanoseconds.
  const trimmed = value.replace(/(\.\d{3})\d+/, "$1");
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time);
}

const time = z.unknown().optional().transform(parseGatewayTime);
const text = z
  .string()
  .nullish()
  .transform((value) => (value === undefined || value === null || value === "" ? null : value));
const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? fallback);
/** A string the gateway may also send as a number (card digits, reference numbers). */
const label = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === undefined || value === null || value === "" ? null : String(value)));
const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const LenientAmountSchema = z.looseObject({
  value: numeric,
  currency: z.string().default("IDR"),
});
export type GatewayAmount = z.infer<typeof LenientAmountSchema>;
const optionalAmount = LenientAmountSchema.nullish().transform((value) => value ?? null);

const VirtualAccountSchema = z
  .looseObject({
    channel: z.string().transform((value): Open<VaChannel> => value),
    virtualAccountNumber: z.string(),
    virtualAccountName: text,
    expiryAt: time,
  })
  .nullish()
  .transform((value) => value ?? null);

/** A detail object the gateway garbles reads as absent rather than failing the whole session. */
const detail = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z
    .looseObject(shape)
    .nullish()
    .transform((value) => value ?? null)
    .catch(null);

/** `chargeDetails[].qr`: the EMV string to render (`qrContent`) and/or an image of it (`qrUrl`). */
const QrSchema = detail({
  acquirer: text,
  qrContent: text,
  qrUrl: text,
  qrType: text,
  retrievalReferenceNumber: label,
  issuerName: text,
  // The QR's own expiry, which may differ from the session's (harsya-api.md §9).
  expiryAt: time,
  merchantName: text,
  storeId: label,
});

/** `chargeDetails[].ewallet`: the wallet, and the account once the shopper has named it. */
const EwalletSchema = detail({
  channel: text.transform((value): Open<EwalletChannel> | null => value),
  accountInformations: detail({
    /** E.164, e.g. +628111111001. */
    mobileNumber: text,
    name: text,
  }),
});

/** `chargeDetails[].card`: never the full number; the brand is `binInformations.brand`. */
const CardSchema = detail({
  first6: label,
  first8: label,
  last4: label,
  fingerprint: text,
  binInformations: detail({
    type: text,
    issuingBank: text,
    brand: text.transform((value): Open<CardBrand> | null => value),
    country: text,
  }),
  authenticationResult: detail({
    threeDsVersion: label,
    threeDsResult: text,
    threeDsMethod: text,
    eciCode: label,
  }),
  authorizationResult: detail({}),
});

export const ChargeSchema = z.looseObject({
  id: z.string(),
  status: z.string().transform((value): ChargeStatus => value),
  amount: optionalAmount,
  // Not relied on: an odd value reads as absent.
  authorizedAmount: optionalAmount.catch(null),
  capturedAmount: optionalAmount.catch(null),
  paymentSessionId: text,
  paymentSessionClientReferenceId: text,
  statementDescriptor: text,
  isCaptured: flag(false),
  createdAt: time,
  updatedAt: time,
  paidAt: time,
  virtualAccount: VirtualAccountSchema,
  qr: QrSchema,
  ewallet: EwalletSchema,
  card: CardSchema,
  /** Set when the charge failed or expired (harsya-api.md §6.3). */
  failureCode: text.transform((value): Open<ChargeFailureCode> | null => value),
  failureMessage: text,
  recommendation: text,
});
export type Charge = z.infer<typeof ChargeSchema>;
export type ChargeQr = NonNullable<Charge["qr"]>;
export type ChargeEwallet = NonNullable<Charge["ewallet"]>;
export type ChargeCard = NonNullable<Charge["card"]>;

/**
 * Which method a charge is paid with, read from the detail it carries (the session's
 * `paymentMethod` says it too, but is null on some answers).
 */
export function chargeMethod(charge: Charge): PaymentMethodType | null {
  if (charge.virtualAccount) return "VIRTUAL_ACCOUNT";
  if (charge.qr) return "QR";
  if (charge.ewallet) return "EWALLET";
  if (charge.card) return "CARD";
  return null;
}

const PaymentMethodSchema = z
  .looseObject({
    type: z.string().transform((value): Open<PaymentMethodType> => value),
    // Static (MULTIPLE) instruments live here rather than in a charge.
    virtualAccount: VirtualAccountSchema,
    qr: QrSchema,
  })
  .nullish()
  .transform((value) => value ?? null);

const RedirectUrlSchema = z
  .looseObject({
    successReturnUrl: text,
    failureReturnUrl: text,
    expirationReturnUrl: text,
  })
  .nullish()
  .transform((value) => value ?? null);

const CustomerSchema = z
  .looseObject({
    givenName: text,
    surname: text,
    sureName: text,
    email: text,
    phoneNumber: z
      .looseObject({ countryCode: text, number: text })
      .nullish()
      .transform((value) => value ?? null),
  })
  .nullish()
  .transform((value) => {
    if (!value) return null;
    const { sureName, ...rest } = value;
    return { ...rest, surname: value.surname ?? sureName };
  });

export const PaymentSessionSchema = z.looseObject({
  id: z.string().min(1),
  clientReferenceId: z.string(),
  amount: LenientAmountSchema,
  status: z.string().transform((value): SessionStatus => value),
  autoConfirm: flag(true),
  mode: text,
  paymentType: text,
  bypassStatusPage: flag(false),
  redirectUrl: RedirectUrlSchema,
  /** The hosted page (REDIRECT), or in API flows the 3-D Secure page or the wallet's deeplink. */
  paymentUrl: text,
  statementDescriptor: text,
  expirationMode: text,
  encryptionKey: text,
  expiryAt: time,
  createdAt: time,
  updatedAt: time,
  paymentMethod: PaymentMethodSchema,
  chargeDetails: z
    .array(ChargeSchema)
    .nullish()
    .transform((value) => value ?? []),
  cancellationReason: text,
  cancelledAt: time,
  metadata: z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((value) => value ?? null),
  customerId: text,
  customer: CustomerSchema,
});
export type PaymentSession = z.infer<typeof PaymentSessionSchema>;

/**
 * The dashboard's test callback, `{"event":"PAYMENT.TEST","data":{}}`: it names no session, so a
 * webhook acknowledges it (200) and looks nothing up.
 */
export const PaymentTestCallback = z.looseObject({
  event: z.literal(PAYMENT_TEST_EVENT),
  data: z.unknown(),
});
export type PaymentTestCallback = z.infer<typeof PaymentTestCallback>;

/** A callback about a session: `{event, data: <the full session>}`, a hint to re-read it. */
export const PaymentSessionCallback = z.looseObject({
  event: z.string(),
  data: PaymentSessionSchema,
});
export type PaymentSessionCallback = z.infer<typeof PaymentSessionCallback>;

/** Any body the gateway posts to the merchant's payment callback URL. */
export const PaymentCallback = z.union([PaymentTestCallback, PaymentSessionCallback]);
export type PaymentCallback = z.infer<typeof PaymentCallback>;

export function isTestCallback(callback: PaymentCallback): callback is PaymentTestCallback {
  return callback.event === PAYMENT_TEST_EVENT;
}

export const PaginationSchema = z.looseObject({
  page: numeric,
  perPage: numeric,
  totalItems: numeric,
  totalPages: numeric,
});
export type Pagination = z.infer<typeof PaginationSchema>;

export const AccessTokenSchema = z.object({
  accessToken: z.string().min(1),
  // A string in the docs' example, a number in some clients' expectations.
  expiresIn: numeric.pipe(z.number().positive()),
  tokenType: z.string().default("Bearer"),
});

export const SimulationResultSchema = z.object({
  // Typed Boolean, shown as the string "true" in the docs.
  updated: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});
