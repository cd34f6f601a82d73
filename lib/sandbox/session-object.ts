import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import {
  KNOWN_CHARGE_STATUSES,
  KNOWN_SESSION_STATUSES,
  PAYMENT_METHOD_TYPES,
  VA_CHANNELS,
} from "@/lib/harsya/wire";

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
  virtualAccount: z.object({
    channel: z.enum(VA_CHANNELS),
    virtualAccountNumber: z.string(),
    virtualAccountName: z.string(),
    expiryAt: z.string(),
  }),
  failureCode: z.string().optional(),
  failureMessage: z.string().optional(),
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

/** Virtual-account choices sent before the charge exists, kept for confirm and the hosted page. */
export const MethodOptionsSchema = z.object({
  channel: z.enum(VA_CHANNELS).optional(),
  virtualAccountName: z.string().optional(),
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
