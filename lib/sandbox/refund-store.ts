import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { sandboxCallbacks, sandboxIdempotencyKeys, sandboxRefunds } from "./schema";
import type { CallbackPlan } from "./store";

/** The sandbox's refund rows; the engine is ./refunds.ts. */

export type RefundRecord = typeof sandboxRefunds.$inferSelect;

export async function findRefundRecord(
  db: Db,
  clientId: string,
  id: string,
): Promise<RefundRecord | undefined> {
  const [row] = await db
    .select()
    .from(sandboxRefunds)
    .where(and(eq(sandboxRefunds.clientId, clientId), eq(sandboxRefunds.id, id)));
  return row;
}

export function refundsOfSession(db: Db, clientId: string, sessionId: string): Promise<RefundRecord[]> {
  return db
    .select()
    .from(sandboxRefunds)
    .where(and(eq(sandboxRefunds.clientId, clientId), eq(sandboxRefunds.sessionId, sessionId)));
}

export async function listRefundRecords(
  db: Db,
  clientId: string,
  filter: { clientReferenceId?: string; paymentSessionId?: string; page: number; perPage: number },
): Promise<{ rows: RefundRecord[]; total: number }> {
  const where = and(
    eq(sandboxRefunds.clientId, clientId),
    filter.clientReferenceId ? eq(sandboxRefunds.clientReferenceId, filter.clientReferenceId) : undefined,
    filter.paymentSessionId ? eq(sandboxRefunds.sessionId, filter.paymentSessionId) : undefined,
  );
  const rows = await db
    .select()
    .from(sandboxRefunds)
    .where(where)
    .orderBy(desc(sandboxRefunds.createdAt), desc(sandboxRefunds.id))
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sandboxRefunds)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

type CallbackInsert = { event: string; plan: CallbackPlan; now: Date };

async function insertCallback(db: Db, refundId: string, data: unknown, callback: CallbackInsert) {
  const { plan, event, now } = callback;
  const [row] = await db
    .insert(sandboxCallbacks)
    .values({
      sessionId: refundId,
      event,
      url: plan.url,
      status: plan.drop ? "DROPPED" : "PENDING",
      payload: { event, data },
      nextAttemptAt: plan.drop ? null : now,
      claimedBy: plan.drop ? null : plan.claim.by,
      claimedUntil: plan.drop ? null : plan.claim.until,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: sandboxCallbacks.id });
  return plan.drop ? null : (row?.id ?? null);
}

/**
 * Stores a new refund, its idempotency key (with the answer to replay) and its first callback in
 * one transaction. Answers the callback's id, or "key_taken" when a concurrent request with the
 * same key won.
 */
export async function insertRefundRecord(
  db: Db,
  row: typeof sandboxRefunds.$inferInsert,
  idempotency: { key: string; endpoint: string; payloadHash: string } | undefined,
  callback: CallbackInsert,
): Promise<{ callbackId: number | null } | "key_taken"> {
  const rollback = new Error("rollback");
  let outcome: { callbackId: number | null } | "key_taken" = "key_taken";
  try {
    await db.transaction(async (tx) => {
      if (idempotency) {
        const claimed = await tx
          .insert(sandboxIdempotencyKeys)
          .values({
            clientId: row.clientId,
            ...idempotency,
            responseStatus: 200,
            responseBody: { code: "00", message: "Success", data: row.data },
            createdAt: callback.now,
          })
          .onConflictDoNothing()
          .returning({ key: sandboxIdempotencyKeys.key });
        if (claimed.length === 0) throw rollback;
      }
      await tx.insert(sandboxRefunds).values(row);
      outcome = { callbackId: await insertCallback(tx, row.id, row.data, callback) };
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome;
}

/** Moves a refund one step, if nobody else did since it was read; records its callback. */
export async function saveRefundStep(
  db: Db,
  before: RefundRecord,
  next: { status: string; data: unknown; nextStepAt: Date | null },
  callback: CallbackInsert,
): Promise<{ saved: false } | { saved: true; callbackId: number | null }> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(sandboxRefunds)
      .set({ ...next, version: before.version + 1, updatedAt: callback.now })
      .where(and(eq(sandboxRefunds.id, before.id), eq(sandboxRefunds.version, before.version)))
      .returning({ id: sandboxRefunds.id });
    if (updated.length === 0) return { saved: false } as const;
    return { saved: true, callbackId: await insertCallback(tx, before.id, next.data, callback) } as const;
  });
}
