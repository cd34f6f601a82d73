import "server-only";
import type { Db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { listMessagesOfSubject } from "@/lib/outbox/repository";
import { EMAIL, MailPayload } from "./payload";

/** Where a message stands, worded by the admin page ("admin.messages.states"). */
export type OrderMessageState =
  "sent" | "failed" | "gaveUp" | "notSendable" | "retrying" | "scheduled" | "waiting";

/** One outbox message about an order, as the merchant's order page lists it. */
export interface OrderMessageRow {
  id: string;
  /** An email (its template and recipient, when readable) or a merchant webhook (its event). */
  kind: "email" | "webhook";
  template: MailPayload["template"] | null;
  recipient: string | null;
  event: string;
  state: OrderMessageState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When a pending message is tried next. */
  nextAttemptAt: Date | null;
}

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
    let state: OrderMessageState;
    if (row.status === "DELIVERED") state = "sent";
    else if (row.status === "FAILED") state = "failed";
    else if (row.status === "GAVE_UP") state = "gaveUp";
    else if (row.kind === EMAIL && !emailSendable(config)) state = "notSendable";
    else if (row.nextAttemptAt > now) state = row.attempts > 0 ? "retrying" : "scheduled";
    else state = "waiting";
    return {
      id: row.id,
      kind: row.kind === EMAIL ? "email" : "webhook",
      template: email?.success ? email.data.template : null,
      recipient: email?.success ? email.data.to : null,
      event: row.event,
      state,
      attempts: row.attempts,
      lastError: row.status === "DELIVERED" ? null : row.lastResponse,
      createdAt: row.createdAt,
      nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null,
    };
  });
}
