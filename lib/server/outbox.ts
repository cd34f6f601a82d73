import "server-only";
import { after } from "next/server";
import { EMAIL } from "@/lib/mail/payload";
import { emailSender } from "@/lib/mail/sender";
import { mailboxTransport, smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { MERCHANT_WEBHOOK } from "@/lib/merchant-webhooks/events";
import { merchantWebhookSender } from "@/lib/merchant-webhooks/sender";
import {
  deliverDueMessages,
  type DeliveryReport,
  type OutboxDeps,
  type OutboxSender,
} from "@/lib/outbox/deliver";
import type { AppDeps } from "./deps";

/**
 * Where emails go: SMTP when SMTP_URL is set, else the embedded sandbox's mailbox; with a real
 * gateway and no SMTP, nowhere: they wait in the outbox, shown as not sendable.
 */
export function mailTransport(config: AppDeps["config"]): MailTransport | undefined {
  // Route tests hand in a partial configuration (no mail, no sandbox): then there is no transport.
  const mail = config.mail as AppDeps["config"]["mail"] | undefined;
  if (mail?.smtpUrl) return smtpTransport(mail.smtpUrl);
  if (!mail || config.harsya.sandboxMode !== true) return undefined;
  const { baseUrl, clientId, clientSecret } = config.harsya;
  return mailboxTransport(`${baseUrl}/mailbox/incoming`, { clientId, clientSecret });
}

/** The outbox's senders this configuration has, by kind. */
export function outboxDeps(deps: Pick<AppDeps, "db" | "clock" | "config">): OutboxDeps {
  const { config } = deps;
  const senders: Record<string, OutboxSender> = {};
  if (config.merchantWebhook) senders[MERCHANT_WEBHOOK] = merchantWebhookSender(config.merchantWebhook);
  const transport = mailTransport(config);
  if (transport) {
    senders[EMAIL] = emailSender({
      db: deps.db,
      transport,
      from: config.mail.from,
      storeName: config.storeName,
      appUrl: config.appUrl,
      authSecret: config.auth.secret,
    });
  }
  return { db: deps.db, clock: deps.clock, senders };
}

/** Delivers what is due now; the cron's sweep for anything an `after()` task left behind. */
export function deliverOutbox(deps: Pick<AppDeps, "db" | "clock" | "config">): Promise<DeliveryReport> {
  return deliverDueMessages(outboxDeps(deps));
}

/**
 * After the response of a request that may have changed an order, delivers what that change
 * queued. A failure here is only logged: the rows stay, and the next request or the cron retries.
 */
export function deliverOutboxAfterResponse(deps: Pick<AppDeps, "db" | "clock" | "config">): void {
  const outbox = outboxDeps(deps);
  if (Object.keys(outbox.senders).length === 0) return;
  after(async () => {
    try {
      await deliverDueMessages(outbox);
    } catch (error) {
      console.error("[outbox] delivery after the response failed", error);
    }
  });
}
