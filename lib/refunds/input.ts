import { z } from "zod";
import { MAX_AMOUNT, text } from "@/lib/bounds";
import { ACCOUNT_NUMBER_PATTERN, REFUND_DESCRIPTION_MAX, REFUND_REASONS } from "@/lib/harsya/wire-refunds";

/** The admin's refund form, as the route reads it. Bank fields are checked against the payment later. */
export const RefundInput = z.object({
  amount: z
    .number({ error: "must be a number" })
    .int("must be a whole number of rupiah")
    .positive("must be more than 0")
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
  reason: z.enum(REFUND_REASONS, { error: "choose a reason from the list" }),
  description: text()
    .trim()
    .max(REFUND_DESCRIPTION_MAX, `must be at most ${REFUND_DESCRIPTION_MAX} characters`)
    .optional(),
  bankCode: text().trim().max(32).optional(),
  accountNumber: text()
    .trim()
    .regex(ACCOUNT_NUMBER_PATTERN, "must be 6 to 20 digits, nothing else")
    .optional()
    .or(z.literal("")),
  accountName: text().trim().max(100, "must be at most 100 characters").optional(),
  /** One per rendering of the form: a double submit finds the first refund. */
  submitKey: text().regex(/^[A-Za-z0-9-]{8,64}$/, "must be 8 to 64 letters, digits and dashes"),
});
export type RefundInput = z.infer<typeof RefundInput>;

export const LatePaymentInput = z.object({
  resolution: z.literal("FULFIL", { error: "must be FULFIL" }),
});
