import "server-only";
import { after } from "next/server";
import { MERCHANT_WEBHOOK } from "@/lib/merchant-webhooks/events";
import { merchantWebhookSender } from "@/lib/merchant-webhooks/sender";
import {
  deliverDueMessages,
  type DeliveryReport,
  type OutboxDeps,
  type OutboxSender,
} from "@/lib/outbox/deliver";
import type { AppDeps } from "./deps";

/** The outbox's senders this configuration has, by kind (issue 12 adds shopper emails here). */
export function outboxDeps(deps: Pick<AppDeps, "db" | "clock" | "config">): OutboxDeps {
  const senders: Record<string, OutboxSender> = {};
  if (deps.config.merchantWebhook)
    senders[MERCHANT_WEBHOOK] = merchantWebhookSender(deps.config.merchantWebhook);
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
