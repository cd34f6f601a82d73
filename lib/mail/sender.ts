import "server-only";
import type { Db } from "@/lib/db";
import type { OutboxSender } from "@/lib/outbox/deliver";
import { withdrawMessage } from "@/lib/outbox/repository";
import { payAgainExpiry, PAY_AGAIN_LINK_DAYS, signPayAgainToken } from "@/lib/pay-again/token";
import { composeMail } from "./compose";
import { MailPayload } from "./payload";
import type { MailTransport } from "./transport";

export interface EmailSenderConfig {
  /** Where a reminder that came due too late is withdrawn. */
  db: Db;
  transport: MailTransport;
  from: string;
  storeName: string;
  appUrl: string;
  /** Keys the pay-again links (a key derived from it, lib/pay-again/token.ts). */
  authSecret: string;
}

/** The pay-again page of an ended order, with its signed token. */
export function payAgainUrl(
  config: Pick<EmailSenderConfig, "appUrl" | "authSecret">,
  orderId: string,
  closedAt: Date,
) {
  const token = signPayAgainToken(config.authSecret, orderId, payAgainExpiry(closedAt));
  return `${config.appUrl}/orders/${encodeURIComponent(orderId)}/again?token=${encodeURIComponent(token)}`;
}

/**
 * Sends an email row of the outbox: renders its payload in the order's language (the same words
 * on every retry) and hands it to the transport. A payload that cannot be read is reported, not
 * thrown, so the row shows why in the admin's order page.
 */
export function emailSender(config: EmailSenderConfig): OutboxSender {
  return async (message, now) => {
    const parsed = MailPayload.safeParse(message.payload);
    if (!parsed.success) return { delivered: false, status: null, response: "unreadable email payload" };
    const payload = parsed.data;
    if (payload.template === "reminder" && new Date(payload.expiresAt) <= now) {
      // Picked up after the session ended (a late cron, say): too late to remind anyone of anything.
      await withdrawMessage(config.db, message, now, "Not sent: the payment session had already ended.");
      return { delivered: false, status: null, response: "withdrawn: the session had already ended" };
    }
    const ended = payload.template === "expired" || payload.template === "failed";
    const composed = await composeMail(payload, {
      storeName: config.storeName,
      orderUrl: `${config.appUrl}/orders/${encodeURIComponent(payload.orderId)}`,
      payAgainUrl:
        ended && payload.closedAt
          ? payAgainUrl(config, payload.orderId, new Date(payload.closedAt))
          : undefined,
      payAgainDays: PAY_AGAIN_LINK_DAYS,
    });
    return config.transport.send({ ...composed, id: message.id, from: config.from, to: payload.to });
  };
}
