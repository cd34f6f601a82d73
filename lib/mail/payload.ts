import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** The outbox kind of emails (one row per message, recipient included). */
export const EMAIL = "email";

export const MAIL_TEMPLATES = ["placed", "reminder", "paid", "merchantPaid", "expired", "failed"] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

const isoDate = z.iso.datetime({ offset: true });

/**
 * What an email says, fixed when the state change that causes it is written: the facts, not the
 * words. The words are rendered at send time in `locale`, the same on every retry.
 */
export const MailPayload = z.object({
  template: z.enum(MAIL_TEMPLATES),
  to: z.string().min(3),
  locale: z.enum(LOCALES),
  orderId: z.string(),
  reference: z.string(),
  customerName: z.string(),
  email: z.string(),
  items: z.array(
    z.object({
      name: z.string(),
      quantity: z.number().int(),
      unitPrice: z.number().int(),
      lineTotal: z.number().int(),
    }),
  ),
  amount: z.number().int(),
  /** When the payment session ends. */
  expiresAt: isoDate,
  paidAt: isoDate.nullable().default(null),
  closedAt: isoDate.nullable().default(null),
  /** How to pay, for "placed" and "reminder". */
  payment: z
    .object({
      method: z.string().nullable(),
      channel: z.string().nullable(),
      vaNumber: z.string().nullable(),
      vaName: z.string().nullable(),
      qrContent: z.string().nullable(),
      paymentUrl: z.string().nullable(),
    })
    .nullable()
    .default(null),
});
export type MailPayload = z.output<typeof MailPayload>;
