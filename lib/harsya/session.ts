import { z } from "zod";
import {
  KNOWN_SESSION_STATUSES,
  type KnownChargeStatus,
  type KnownSessionStatus,
  type VaChannel,
} from "./wire";

/**
 * What the gateway answers, parsed leniently: its docs and examples disagree on details
 * (nanosecond timestamps, null vs absent, numbers as strings, new enum values), and a field we
 * do not rely on must never turn a paid session into a crash.
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
const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const LenientAmountSchema = z.object({
  value: numeric,
  currency: z.string().default("IDR"),
});
export type GatewayAmount = z.infer<typeof LenientAmountSchema>;
const optionalAmount = LenientAmountSchema.nullish().transform((value) => value ?? null);

const VirtualAccountSchema = z
  .object({
    channel: z.string().transform((value): Open<VaChannel> => value),
    virtualAccountNumber: z.string(),
    virtualAccountName: text,
    expiryAt: time,
  })
  .nullish()
  .transform((value) => value ?? null);

export const ChargeSchema = z.object({
  id: z.string(),
  status: z.string().transform((value): ChargeStatus => value),
  amount: optionalAmount,
  paymentSessionId: text,
  paymentSessionClientReferenceId: text,
  statementDescriptor: text,
  isCaptured: flag(false),
  createdAt: time,
  updatedAt: time,
  paidAt: time,
  virtualAccount: VirtualAccountSchema,
  failureCode: text,
  failureMessage: text,
});
export type Charge = z.infer<typeof ChargeSchema>;

const PaymentMethodSchema = z
  .object({
    type: z.string(),
    virtualAccount: VirtualAccountSchema,
  })
  .nullish()
  .transform((value) => value ?? null);

const RedirectUrlSchema = z
  .object({
    successReturnUrl: text,
    failureReturnUrl: text,
    expirationReturnUrl: text,
  })
  .nullish()
  .transform((value) => value ?? null);

const CustomerSchema = z
  .object({
    givenName: text,
    surname: text,
    sureName: text,
    email: text,
    phoneNumber: z
      .object({ countryCode: text, number: text })
      .nullish()
      .transform((value) => value ?? null),
  })
  .nullish()
  .transform((value) =>
    value
      ? {
          givenName: value.givenName,
          surname: value.surname ?? value.sureName,
          email: value.email,
          phoneNumber: value.phoneNumber,
        }
      : null,
  );

export const PaymentSessionSchema = z.object({
  id: z.string().min(1),
  clientReferenceId: z.string(),
  amount: LenientAmountSchema,
  status: z.string().transform((value): SessionStatus => value),
  autoConfirm: flag(true),
  mode: text,
  paymentType: text,
  bypassStatusPage: flag(false),
  redirectUrl: RedirectUrlSchema,
  paymentUrl: text,
  statementDescriptor: text,
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

/** The body the gateway posts to the merchant's callback URL: a hint to re-read the session. */
export const PaymentCallback = z.object({
  event: z.string(),
  data: PaymentSessionSchema,
});
export type PaymentCallback = z.infer<typeof PaymentCallback>;

export const PaginationSchema = z.object({
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
