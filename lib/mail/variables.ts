import { z } from "zod";

/** Where the shop's emails go and what they say about timing; part of lib/env.ts's one schema. */
export interface MailConfig {
  /** Real SMTP (nodemailer); unset: the embedded mailbox in sandbox mode, otherwise nothing is sendable. */
  smtpUrl?: string;
  /** The From header. */
  from: string;
  /** Gets a copy of every paid order. */
  merchantEmail?: string;
  /** How long before a session's expiry the reminder goes out (only for sessions over 30 minutes). */
  reminderMinutes: number;
}

/** Never echoes the value: an SMTP URL usually carries a password. */
const smtpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  {
    error:
      "must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@smtp.example.com:465 (special characters in the password percent-encoded)",
  },
);

export const MAIL_VARIABLES = {
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  MERCHANT_EMAIL: z.email({ error: "must be one email address" }).optional(),
  PAYMENT_REMINDER_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    .max(7 * 24 * 60, "must be at most 10080 minutes (7 days)")
    .default(15),
};

export function mailConfig(
  raw: { SMTP_URL?: string; MAIL_FROM?: string; MERCHANT_EMAIL?: string; PAYMENT_REMINDER_MINUTES: number },
  shop: { storeName: string; appUrl: string },
): MailConfig {
  const host = new URL(shop.appUrl).hostname;
  const domain = host.includes(".") ? host : "localhost.localdomain";
  return {
    smtpUrl: raw.SMTP_URL,
    from: raw.MAIL_FROM ?? `"${shop.storeName.replaceAll('"', "")}" <no-reply@${domain}>`,
    merchantEmail: raw.MERCHANT_EMAIL,
    reminderMinutes: raw.PAYMENT_REMINDER_MINUTES,
  };
}
