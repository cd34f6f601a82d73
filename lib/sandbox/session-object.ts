import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import {
  CARD_BRANDS,
  CHARGE_FAILURE_CODES,
  EWALLET_CHANNELS,
  KNOWN_CHARGE_STATUSES,
  KNOWN_SESSION_STATUSES,
  PAYMENT_METHOD_TYPES,
  QR_ACQUIRERS,
  QR_TYPES,
  THREE_DS_METHODS,
  VA_CHANNELS,
} from "@/lib/harsya/wire";
import { CardOutcomeSchema } from "./test-cards";

/**
 * The payment session object exactly as the sandbox answers it (field names, order and
 * nullability follow the gateway's examples), and the schema it is read back with from the
 * database.
 */

const WireAmount = z.object({ value: z.number(), currency: z.string() });

export const SandboxChargeSchema = z.object({
  id: z.string(),
  paymentSessionId: z.string(),
  paymentSessionClientReferenceId: z.string(),
  amount: WireAmount,
  statementDescriptor: z.string(),
  status: z.enum(KNOWN_CHARGE_STATUSES),
  authorizedAmount: WireAmount.nullable(),
  capturedAmount: WireAmount.nullable(),
  isCaptured: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  paidAt: z.string().nullable(),
  // One of these four, by the session's method.
  virtualAccount: z
    .object({
      channel: z.enum(VA_CHANNELS),
      virtualAccountNumber: z.string(),
      virtualAccountName: z.string(),
      expiryAt: z.string(),
    })
    .optional(),
  qr: z
    .object({
      acquirer: z.enum(QR_ACQUIRERS),
      qrContent: z.string(),
      qrUrl: z.string(),
      qrType: z.enum(QR_TYPES),
      retrievalReferenceNumber: z.string(),
      issuerName: z.string(),
      expiryAt: z.string(),
      merchantName: z.string(),
    })
    .optional(),
  ewallet: z
    .object({
      channel: z.enum(EWALLET_CHANNELS),
      // Once the shopper (or the create request, for a push wallet) has named the account.
      accountInformations: z.object({ mobileNumber: z.string(), name: z.string().nullable() }).optional(),
    })
    .optional(),
  // Never the full number nor the CVV: brand, first 6 and last 4 only.
  card: z
    .object({
      first6: z.string(),
      last4: z.string(),
      binInformations: z.object({
        type: z.string(),
        issuingBank: z.string(),
        brand: z.enum(CARD_BRANDS),
        country: z.string(),
      }),
      authenticationResult: z
        .object({
          threeDsVersion: z.string(),
          threeDsResult: z.string(),
          threeDsMethod: z.string(),
          eciCode: z.string(),
        })
        .optional(),
    })
    .optional(),
  failureCode: z.enum(CHARGE_FAILURE_CODES).optional(),
  failureMessage: z.string().optional(),
  recommendation: z.string().optional(),
});
export type SandboxCharge = z.infer<typeof SandboxChargeSchema>;

export const SandboxSessionSchema = z.object({
  id: z.string(),
  clientReferenceId: z.string(),
  amount: WireAmount,
  autoConfirm: z.boolean(),
  mode: z.enum(["REDIRECT", "API"]),
  bypassStatusPage: z.boolean().optional(),
  redirectUrl: z.object({
    successReturnUrl: z.string().optional(),
    failureReturnUrl: z.string().optional(),
    expirationReturnUrl: z.string().optional(),
  }),
  paymentType: z.literal("SINGLE"),
  paymentMethod: z.object({ type: z.enum(PAYMENT_METHOD_TYPES) }).nullable(),
  statementDescriptor: z.string(),
  status: z.enum(KNOWN_SESSION_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiryAt: z.string(),
  paymentUrl: z.string().optional(),
  chargeDetails: z.array(SandboxChargeSchema).nullable(),
  expirationMode: z.enum(["LOOSE", "STRICT"]).optional(),
  saveForFutureUse: z.boolean(),
  showSavedPayment: z.boolean(),
  customerId: z.string().optional(),
  customer: z.record(z.string(), z.unknown()).optional(),
  cancelledAt: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type SandboxSession = z.infer<typeof SandboxSessionSchema>;

/**
 * What the sandbox keeps beside the session object (not echoed): the method choices sent before
 * the charge exists, for confirm and the hosted page, and the hosted page's progress. Never card
 * data: a card waiting for 3-D Secure keeps only what authenticating it will come to.
 */
export const MethodOptionsSchema = z.object({
  /** The method named at create (autoConfirm false: the one to pre-select on the page). */
  type: z.enum(PAYMENT_METHOD_TYPES).optional(),
  /** The virtual account's bank. */
  channel: z.enum(VA_CHANNELS).optional(),
  virtualAccountName: z.string().optional(),
  ewalletChannel: z.enum(EWALLET_CHANNELS).optional(),
  /** The wallet's mobile number as its national number (811...), from `paymentMethod.ewallet`. */
  accountIdentifier: z.string().optional(),
  qrExpiryAt: z.string().optional(),
  threeDsMethod: z.enum(THREE_DS_METHODS).optional(),
  pendingCard: CardOutcomeSchema.optional(),
});
export type MethodOptions = z.infer<typeof MethodOptionsSchema>;

/**
 * Times as the gateway writes them: nanosecond fractions on created/updated stamps (so clients
 * are exercised on them), whole seconds on expiries, always UTC with `Z`.
 */
export function stampTime(date: Date): string {
  const nanos = String(randomInt(0, 1_000_000)).padStart(6, "0");
  return date.toISOString().replace(/Z$/, `${nanos}Z`);
}

export function expiryTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Whole seconds, rounded down: the precision expiries are kept in. */
export function toWholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
