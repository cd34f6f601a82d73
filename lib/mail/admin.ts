import "server-only";
import type { Db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { listMessagesOfSubject } from "@/lib/outbox/repository";
import { EMAIL, MailPayload } from "./payload";

/** One outbox message about an order, as the merchant's order page lists it. */
export interface OrderMessageRow {
  id: string;
  /** "Email: paid → budi@example.com" or "Merchant webhook: order.paid". */
  what: string;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When a pending message is tried next. */
  nextAttemptAt: Date | null;
}

const TEMPLATE_NAMES: Record<MailPayload["template"], string> = {
  placed: "order placed",
  reminder: "payment reminder",
  paid: "payment received",
  merchantPaid: "paid order (merchant's copy)",
  expired: "order expired",
  failed: "payment failed",
};

/** What decides whether emails can leave: SMTP, or the sandbox's mailbox. */
export interface MailReach {
  mail: Pick<Env["mail"], "smtpUrl">;
  harsya: Pick<Env["harsya"], "sandboxMode">;
}

/** Whether emails can leave at all. */
export const emailSendable = (config: MailReach) => Boolean(config.mail.smtpUrl) || config.harsya.sandboxMode;

/** Every message the order caused (emails, merchant webhooks) with where it stands. */
export async function orderMessages(
  db: Db,
  orderId: string,
  config: MailReach,
  now: Date,
): Promise<OrderMessageRow[]> {
  const rows = await listMessagesOfSubject(db, orderId);
  return rows.map((row) => {
    const email = row.kind === EMAIL ? MailPayload.safeParse(row.payload) : undefined;
    const what = email?.success
      ? `Email: ${TEMPLATE_NAMES[email.data.template]} → ${email.data.to}`
      : row.kind === EMAIL
        ? `Email: ${row.event}`
        : `Merchant webhook: ${row.event}`;
    let state: string;
    if (row.status === "DELIVERED") state = "Sent";
    else if (row.status === "FAILED") state = "Failed: every retry was used";
    else if (row.status === "GAVE_UP") state = "Not sent (withdrawn or stopped)";
    else if (row.kind === EMAIL && !emailSendable(config))
      state = "Not sendable: set SMTP_URL (no mail transport is configured)";
    else if (row.nextAttemptAt > now) state = row.attempts > 0 ? "Retrying" : "Scheduled";
    else state = "Waiting to be sent";
    return {
      id: row.id,
      what,
      state,
      attempts: row.attempts,
      lastError: row.status === "DELIVERED" ? null : row.lastResponse,
      createdAt: row.createdAt,
      nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null,
    };
  });
}
