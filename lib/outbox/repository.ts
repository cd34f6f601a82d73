import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, lt, lte, ne, or } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { outbox, outboxAttempts } from "@/lib/db/schema";

export type OutboxMessage = typeof outbox.$inferSelect;
export type OutboxAttempt = typeof outboxAttempts.$inferSelect;

export interface NewOutboxMessage {
  kind: string;
  subject: string;
  event: string;
  /** Once-only key within (kind, subject); defaults to the event. */
  key?: string;
  payload: Record<string, unknown>;
  now: Date;
  /** When it is first due; defaults to now (a reminder is written ahead of its time). */
  dueAt?: Date;
}

/** A message id as Standard Webhooks shows them (`msg_…`): random, and the same on every retry. */
export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

/**
 * Writes a message, in the caller's transaction; a second write of the same (kind, subject, key)
 * does nothing and answers false, so a replayed state change never sends twice.
 */
export async function insertOutboxMessage(tx: Db, message: NewOutboxMessage): Promise<boolean> {
  const inserted = await tx
    .insert(outbox)
    .values({
      id: newMessageId(),
      kind: message.kind,
      subject: message.subject,
      event: message.event,
      key: message.key ?? message.event,
      payload: message.payload,
      nextAttemptAt: message.dueAt ?? message.now,
      createdAt: message.now,
      updatedAt: message.now,
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return inserted.length > 0;
}

/**
 * Claims up to `limit` due messages of the given kinds for `worker` until `until`. Rows another
 * deliverer holds are skipped (`for update skip locked`, then the claim itself), so two deliverers
 * never take the same row; a claim left by a crashed one runs out and the row is due again.
 */
export async function claimDueMessages(
  db: Db,
  options: { kinds: string[]; worker: string; now: Date; until: Date; limit: number },
): Promise<OutboxMessage[]> {
  if (options.kinds.length === 0) return [];
  const { now } = options;
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, "PENDING"),
        inArray(outbox.kind, options.kinds),
        lte(outbox.nextAttemptAt, now),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(options.limit)
    .for("update", { skipLocked: true });
  return db
    .update(outbox)
    .set({ claimedBy: options.worker, claimedUntil: options.until })
    .where(
      and(
        inArray(outbox.id, due),
        eq(outbox.status, "PENDING"),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)),
      ),
    )
    .returning();
}

export interface AttemptRecord {
  at: Date;
  durationMs: number;
  responseStatus: number | null;
  response: string | null;
  /** Delivered; or try again at `retryAt`; or FAILED: the retry schedule is used up. */
  outcome: "DELIVERED" | { retryAt: Date } | "FAILED";
}

/** Records an attempt by the worker holding the claim (and releases it); false when it lost the claim. */
export async function recordAttempt(
  db: Db,
  message: OutboxMessage,
  worker: string,
  attempt: AttemptRecord,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { outcome } = attempt;
    const status = outcome === "DELIVERED" ? "DELIVERED" : outcome === "FAILED" ? "FAILED" : "PENDING";
    const updated = await tx
      .update(outbox)
      .set({
        status,
        attempts: message.attempts + 1,
        nextAttemptAt: typeof outcome === "object" ? outcome.retryAt : message.nextAttemptAt,
        claimedBy: null,
        claimedUntil: null,
        lastAttemptAt: attempt.at,
        lastResponseStatus: attempt.responseStatus,
        lastResponse: attempt.response,
        deliveredAt: outcome === "DELIVERED" ? attempt.at : null,
        updatedAt: attempt.at,
      })
      .where(and(eq(outbox.id, message.id), eq(outbox.claimedBy, worker), eq(outbox.status, "PENDING")))
      .returning({ id: outbox.id });
    if (updated.length === 0) return false;
    await tx.insert(outboxAttempts).values({
      messageId: message.id,
      at: attempt.at,
      durationMs: attempt.durationMs,
      responseStatus: attempt.responseStatus,
      response: attempt.response,
      outcome: typeof outcome === "object" ? "RETRY" : outcome,
    });
    return true;
  });
}

export async function findOutboxMessage(db: Db, id: string): Promise<OutboxMessage | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

/** The newest messages of a kind, newest first. */
export async function listOutboxMessages(db: Db, kind: string, limit: number): Promise<OutboxMessage[]> {
  return db
    .select()
    .from(outbox)
    .where(eq(outbox.kind, kind))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

export async function listAttempts(db: Db, messageIds: string[]): Promise<OutboxAttempt[]> {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(outboxAttempts)
    .where(inArray(outboxAttempts.messageId, messageIds))
    .orderBy(desc(outboxAttempts.at), desc(outboxAttempts.id));
}

/** Makes a delivered, failed or given-up message due now, with a fresh retry schedule. */
export async function requeueMessage(db: Db, id: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(outbox)
    .set({
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: now,
      claimedBy: null,
      claimedUntil: null,
      updatedAt: now,
    })
    .where(and(eq(outbox.id, id), ne(outbox.status, "PENDING")))
    .returning({ id: outbox.id });
  return updated.length > 0;
}

/** Stops retrying a pending message. An attempt already in flight still goes out, unrecorded. */
export async function giveUpMessage(db: Db, id: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(outbox)
    .set({ status: "GAVE_UP", claimedBy: null, claimedUntil: null, updatedAt: now })
    .where(and(eq(outbox.id, id), eq(outbox.status, "PENDING")))
    .returning({ id: outbox.id });
  return updated.length > 0;
}

/** Every message about one subject (an order), oldest first. */
export async function listMessagesOfSubject(db: Db, subject: string): Promise<OutboxMessage[]> {
  return db.select().from(outbox).where(eq(outbox.subject, subject)).orderBy(asc(outbox.createdAt));
}

/**
 * Withdraws a message that has not gone out yet because the reason for it is gone (a reminder for
 * an order that has ended), in the caller's transaction: it becomes GAVE_UP with `why` kept.
 */
export async function withdrawMessage(
  tx: Db,
  message: { kind: string; subject: string; key: string },
  now: Date,
  why: string,
): Promise<boolean> {
  const updated = await tx
    .update(outbox)
    .set({ status: "GAVE_UP", claimedBy: null, claimedUntil: null, lastResponse: why, updatedAt: now })
    .where(
      and(
        eq(outbox.kind, message.kind),
        eq(outbox.subject, message.subject),
        eq(outbox.key, message.key),
        eq(outbox.status, "PENDING"),
      ),
    )
    .returning({ id: outbox.id });
  return updated.length > 0;
}
