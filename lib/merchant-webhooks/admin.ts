import "server-only";
import type { Db } from "@/lib/db";
import {
  findOutboxMessage,
  giveUpMessage,
  listAttempts,
  listOutboxMessages,
  requeueMessage,
  type OutboxAttempt,
  type OutboxMessage,
} from "@/lib/outbox/repository";
import { fail, ok, type Result } from "@/lib/result";
import type { Clock } from "@/lib/time";
import { MERCHANT_WEBHOOK } from "./events";

export interface WebhookDelivery {
  message: OutboxMessage;
  /** Newest first. */
  attempts: OutboxAttempt[];
}

/** The newest merchant webhooks with every attempt's answer, for the admin's deliveries page. */
export async function listWebhookDeliveries(db: Db, limit = 50): Promise<WebhookDelivery[]> {
  const messages = await listOutboxMessages(db, MERCHANT_WEBHOOK, limit);
  const attempts = await listAttempts(
    db,
    messages.map((message) => message.id),
  );
  return messages.map((message) => ({
    message,
    attempts: attempts.filter((attempt) => attempt.messageId === message.id),
  }));
}

export const WEBHOOK_ACTIONS = ["resend", "give-up"] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

/**
 * The merchant's two actions on a delivery: "resend" a delivered, failed or given-up webhook
 * (same id and body, signed anew; a fresh retry schedule), or "give-up" on a pending one.
 */
export async function runWebhookAction(
  deps: { db: Db; clock: Clock },
  id: string,
  action: WebhookAction,
): Promise<Result<{ id: string; status: OutboxMessage["status"] }>> {
  const message = await findOutboxMessage(deps.db, id);
  if (!message || message.kind !== MERCHANT_WEBHOOK) return fail({ code: "delivery_not_found" });
  const now = deps.clock.now();
  if (action === "resend") {
    if (!(await requeueMessage(deps.db, id, now))) return fail({ code: "delivery_pending" });
    return ok({ id, status: "PENDING" });
  }
  if (!(await giveUpMessage(deps.db, id, now))) return fail({ code: "delivery_not_pending" });
  return ok({ id, status: "GAVE_UP" });
}
