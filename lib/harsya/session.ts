import { z } from "zod";
import { ChargeSchema, QrSchema, VirtualAccountSchema } from "./charge";
import { flag, LenientAmountSchema, numeric, text, time, type Open } from "./lenient-fields";
import {
  KNOWN_SESSION_STATUSES,
  PAYMENT_TEST_EVENT,
  type KnownSessionStatus,
  type PaymentMethodType,
} from "./wire";

export { chargeMethod, ChargeSchema } from "./charge";
export type { Charge, ChargeCard, ChargeEwallet, ChargeQr, ChargeStatus } from "./charge";
export { LenientAmountSchema, parseGatewayTime } from "./lenient-fields";
export type { GatewayAmount } from "./lenient-fields";

/**
 * What the gateway answers, parsed leniently: its docs and examples disagree on details
 * (nanosecond timestamps, null vs absent, numbers as strings, new enum values), and a field we
 * do not rely on must never turn a paid session into a crash. Objects keep the fields they do not
 * name (looseObject), so nothing the gateway adds is lost on the way to the order's raw snapshot.
 */

export type SessionStatus = Open<KnownSessionStatus>;

export function isKnownSessionStatus(status: string): status is KnownSessionStatus {
  return (KNOWN_SESSION_STATUSES as readonly string[]).includes(status);
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
