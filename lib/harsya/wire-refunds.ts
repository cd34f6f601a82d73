import { z } from "zod";
import { MAX_AMOUNT, text } from "@/lib/bounds";

/**
 * The refund API's wire format (harsya-api.md §4.11): `POST /v1/refunds`, `GET /v1/refunds/{id}`,
 * `GET /v1/refunds`. Amounts here are strings with two decimals ("10000.00"), unlike payments.
 * Shared by the client (request types, lenient answers) and by the sandbox (to validate requests).
 */

export const REFUND_REASONS = [
  "SUSPECT_FRAUDULENT",
  "DUPLICATE",
  "REQUESTED_BY_CUSTOMER",
  "CANCELLATION",
  "OTHERS",
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export const REFUND_METHODS = ["AUTO", "TRANSFER_ONLY"] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

export const REFUND_STATUSES = [
  "PENDING",
  "WAITING_BANK_TRANSFER",
  "SUCCESS",
  "FAILED",
  "CANCELLED",
] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Callback events; the docs spell the waiting one `WAITING_BANK_TRANFER` (sic), and so do we. */
export const REFUND_EVENTS = [
  "REFUND.PENDING",
  "REFUND.WAITING_BANK_TRANFER",
  "REFUND.SUCCESS",
  "REFUND.FAILED",
  "REFUND.CANCELLED",
] as const;

export const REFUND_DESCRIPTION_MAX = 50;
/** Bank account numbers: digits only, as Indonesian banks issue them. */
export const ACCOUNT_NUMBER_PATTERN = /^[0-9]{6,20}$/;

/** "10000.00": whole rupiah on our side, two decimals on the wire. */
export function toRefundAmount(rupiah: number): string {
  return `${rupiah}.00`;
}

/** The rupiah of a wire amount ("10000.00", "10000", or a number), or null when unreadable. */
export function fromRefundAmount(value: unknown): number | null {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(parsed) ? Math.round(parsed) : null;
}

const RefundAmountSchema = z.object({
  value: z
    .string({ error: "must be a string like 10000.00" })
    .regex(/^[0-9]{1,12}(\.[0-9]{1,2})?$/, "must be a string like 10000.00")
    .refine((value) => Number(value) > 0, "must be greater than 0")
    .refine((value) => Number(value) <= MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
  currency: z.literal("IDR", { error: "must be IDR" }),
});

export const TransferDestinationSchema = z.looseObject({
  bankCode: text().min(1, "is required").max(32),
  accountNumber: text().regex(ACCOUNT_NUMBER_PATTERN, "must be 6 to 20 digits"),
  accountName: text().min(1, "is required").max(100),
});

export const CreateRefundRequestSchema = z
  .looseObject({
    clientReferenceId: text().min(1, "is required").max(100),
    paymentSessionId: text().min(1).max(255).optional(),
    chargeId: text().min(1).max(255).optional(),
    isFullAmount: z.boolean().optional(),
    amount: RefundAmountSchema.optional(),
    reason: z.enum(REFUND_REASONS, { error: `must be one of ${REFUND_REASONS.join(", ")}` }),
    description: text()
      .max(REFUND_DESCRIPTION_MAX, `must be at most ${REFUND_DESCRIPTION_MAX} characters`)
      .optional(),
    method: z.enum(REFUND_METHODS, { error: "must be AUTO or TRANSFER_ONLY" }).optional(),
    transferDestination: TransferDestinationSchema.optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((body) => body.paymentSessionId || body.chargeId, {
    message: "paymentSessionId or chargeId is required",
    path: ["paymentSessionId"],
  })
  .refine((body) => body.isFullAmount || body.amount, {
    message: "is required unless isFullAmount is true",
    path: ["amount"],
  })
  .refine((body) => body.method !== "TRANSFER_ONLY" || body.transferDestination, {
    message: "is required for TRANSFER_ONLY",
    path: ["transferDestination"],
  });
export type CreateRefundRequest = z.input<typeof CreateRefundRequestSchema>;

/** A refund as the gateway answers it, read leniently; fields not named here are kept. */
export const RefundSchema = z.looseObject({
  id: z.string().min(1),
  clientReferenceId: z.string().nullish(),
  paymentSessionId: z.string().nullish(),
  status: z.string().min(1),
  amount: z
    .looseObject({ value: z.union([z.string(), z.number()]), currency: z.string().nullish() })
    .nullish(),
  method: z.string().nullish(),
  reason: z.string().nullish(),
  failureReason: z.string().nullish(),
  failureCode: z.string().nullish(),
});
export type Refund = z.infer<typeof RefundSchema>;

/** The refund callback's body: `{ event, data: refund }`, a hint to re-read, never proof. */
export const RefundCallbackSchema = z.looseObject({
  event: z.string().startsWith("REFUND."),
  data: z.looseObject({ id: z.string().min(1).max(255) }),
});
