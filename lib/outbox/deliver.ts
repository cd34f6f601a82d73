import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Clock } from "@/lib/time";
import { claimDueMessages, recordAttempt, type OutboxMessage } from "./repository";
import { nextAttemptAfter, RETRY_DELAYS_MS } from "./schedule";

/** What a sender reports for one attempt. `delivered` only for an answer the receiver accepted. */
export interface SendResult {
  delivered: boolean;
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  /** The start of the answer, or why there was none. */
  response: string | null;
}

/** Sends one message of its kind; it must not throw for the receiver's faults, only report them. */
export type OutboxSender = (message: OutboxMessage, now: Date) => Promise<SendResult>;

export interface OutboxDeps {
  db: Db;
  clock: Clock;
  /** The senders this process has, by kind; rows of other kinds stay for a process that has one. */
  senders: Readonly<Record<string, OutboxSender>>;
}

export interface DeliveryReport {
  attempted: number;
  delivered: number;
}

/** A claim outlives the slowest attempt (senders time out well before this). */
const CLAIM_MS = 60_000;

/**
 * Delivers the due messages, once each across any number of concurrent deliverers (instances,
 * `after()` tasks, the cron): each batch is claimed before it is sent. A failed attempt is
 * rescheduled by the retry schedule; a claim left by a crash runs out and the row is taken again.
 */
export async function deliverDueMessages(
  deps: OutboxDeps,
  options: { limit?: number; batches?: number; delaysMs?: readonly number[] } = {},
): Promise<DeliveryReport> {
  const worker = `deliverer-${randomUUID()}`;
  const report: DeliveryReport = { attempted: 0, delivered: 0 };
  const kinds = Object.keys(deps.senders);
  for (let batch = 0; batch < (options.batches ?? 5); batch += 1) {
    const now = deps.clock.now();
    const claimed = await claimDueMessages(deps.db, {
      kinds,
      worker,
      now,
      until: new Date(now.getTime() + CLAIM_MS),
      limit: options.limit ?? 20,
    });
    if (claimed.length === 0) break;
    const results = await Promise.all(
      claimed.map((message) => attempt(deps, message, worker, options.delaysMs ?? RETRY_DELAYS_MS)),
    );
    report.attempted += results.length;
    report.delivered += results.filter(Boolean).length;
  }
  return report;
}

async function attempt(
  deps: OutboxDeps,
  message: OutboxMessage,
  worker: string,
  delaysMs: readonly number[],
): Promise<boolean> {
  const sender = deps.senders[message.kind];
  const at = deps.clock.now();
  const started = Date.now();
  let result: SendResult;
  try {
    result = sender
      ? await sender(message, at)
      : { delivered: false, status: null, response: `no sender for ${message.kind}` };
  } catch (error) {
    result = { delivered: false, status: null, response: error instanceof Error ? error.message : "failed" };
  }
  const attempts = message.attempts + 1;
  const retryAt = nextAttemptAfter(attempts, deps.clock.now(), delaysMs);
  await recordAttempt(deps.db, message, worker, {
    at,
    durationMs: Date.now() - started,
    responseStatus: result.status,
    response: result.response?.slice(0, 500) ?? null,
    outcome: result.delivered ? "DELIVERED" : retryAt ? { retryAt } : "FAILED",
  });
  return result.delivered;
}
