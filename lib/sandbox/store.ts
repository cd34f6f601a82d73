import "server-only";
import { and, count, desc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { sandboxCallbacks, sandboxIdempotencyKeys, sandboxSessions } from "./schema";
import {
  MethodOptionsSchema,
  SandboxSessionSchema,
  type MethodOptions,
  type SandboxSession,
} from "./session-object";
import type { SandboxEvent } from "./state-machine";

/** A stored session: the API object plus what the sandbox keeps beside it. */
export interface StoredSession {
  session: SandboxSession;
  methodOptions: MethodOptions;
  version: number;
}

type Row = typeof sandboxSessions.$inferSelect;

function fromRow(row: Row): StoredSession {
  return {
    session: SandboxSessionSchema.parse(row.data),
    methodOptions: MethodOptionsSchema.parse(row.methodOptions ?? {}),
    version: row.version,
  };
}

export async function findSession(db: Db, clientId: string, id: string): Promise<StoredSession | undefined> {
  const [row] = await db
    .select()
    .from(sandboxSessions)
    .where(and(eq(sandboxSessions.clientId, clientId), eq(sandboxSessions.id, id)));
  return row ? fromRow(row) : undefined;
}

/** The session holding a charge, by the charge's id (for the QR images the sandbox serves). */
export async function findSessionByCharge(
  db: Db,
  clientId: string,
  chargeId: string,
): Promise<StoredSession | undefined> {
  const [row] = await db
    .select()
    .from(sandboxSessions)
    .where(
      and(
        eq(sandboxSessions.clientId, clientId),
        sql`${sandboxSessions.data} -> 'chargeDetails' @> ${JSON.stringify([{ id: chargeId }])}::jsonb`,
      ),
    )
    .limit(1);
  return row ? fromRow(row) : undefined;
}

export async function listSessions(
  db: Db,
  clientId: string,
  query: { clientReferenceId?: string; page: number; perPage: number },
): Promise<{ sessions: StoredSession[]; total: number }> {
  const where = and(
    eq(sandboxSessions.clientId, clientId),
    query.clientReferenceId ? eq(sandboxSessions.clientReferenceId, query.clientReferenceId) : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(sandboxSessions)
      .where(where)
      .orderBy(desc(sandboxSessions.createdAt), desc(sandboxSessions.id))
      .limit(query.perPage)
      .offset((query.page - 1) * query.perPage),
    db.select({ total: count() }).from(sandboxSessions).where(where),
  ]);
  return { sessions: rows.map(fromRow), total: totals?.total ?? 0 };
}

export async function findSessionsByReference(
  db: Db,
  clientId: string,
  clientReferenceId: string,
): Promise<StoredSession[]> {
  const rows = await db
    .select()
    .from(sandboxSessions)
    .where(
      and(eq(sandboxSessions.clientId, clientId), eq(sandboxSessions.clientReferenceId, clientReferenceId)),
    );
  return rows.map(fromRow);
}

export interface IdempotencyRecord {
  key: string;
  endpoint: string;
  payloadHash: string;
}

export type InsertOutcome = "created" | "duplicate_reference" | "key_taken";

/**
 * Stores a new session and, in the same transaction, the idempotency key with the answer to
 * replay. A live session with the same reference, or a key claimed meanwhile by a concurrent
 * request, rolls everything back.
 */
export async function insertSession(
  db: Db,
  input: {
    clientId: string;
    session: SandboxSession;
    methodOptions: MethodOptions;
    now: Date;
    idempotency?: IdempotencyRecord & { response: unknown };
  },
): Promise<InsertOutcome> {
  const rollback = new Error("rollback");
  let outcome: InsertOutcome = "created";
  try {
    await db.transaction(async (tx) => {
      // The key first: a concurrent request with the same key waits here for this one to finish,
      // then finds the key taken and replays, instead of tripping over the reference.
      if (input.idempotency) {
        const claimed = await tx
          .insert(sandboxIdempotencyKeys)
          .values({
            clientId: input.clientId,
            key: input.idempotency.key,
            endpoint: input.idempotency.endpoint,
            payloadHash: input.idempotency.payloadHash,
            responseStatus: 200,
            responseBody: input.idempotency.response,
            createdAt: input.now,
          })
          .onConflictDoNothing()
          .returning({ key: sandboxIdempotencyKeys.key });
        if (claimed.length === 0) {
          outcome = "key_taken";
          throw rollback;
        }
      }
      const inserted = await tx
        .insert(sandboxSessions)
        .values({
          id: input.session.id,
          clientId: input.clientId,
          clientReferenceId: input.session.clientReferenceId,
          status: input.session.status,
          expiryAt: new Date(input.session.expiryAt),
          data: input.session,
          methodOptions: input.methodOptions,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .onConflictDoNothing()
        .returning({ id: sandboxSessions.id });
      if (inserted.length === 0) {
        outcome = "duplicate_reference";
        throw rollback;
      }
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome;
}

export async function findIdempotencyKey(db: Db, clientId: string, key: string, notBefore: Date) {
  // A key is remembered for 24 hours; after that it may be used again.
  await db
    .delete(sandboxIdempotencyKeys)
    .where(
      and(
        eq(sandboxIdempotencyKeys.clientId, clientId),
        eq(sandboxIdempotencyKeys.key, key),
        lt(sandboxIdempotencyKeys.createdAt, notBefore),
      ),
    );
  const [row] = await db
    .select()
    .from(sandboxIdempotencyKeys)
    .where(and(eq(sandboxIdempotencyKeys.clientId, clientId), eq(sandboxIdempotencyKeys.key, key)));
  return row;
}

export interface CallbackPlan {
  url: string;
  /** The callback is recorded but not sent (`drop-callback` fault, or the hosted page's checkbox). */
  drop: boolean;
  /** Who makes the first attempt, and until when no one else may (./callbacks.ts). */
  claim: { by: string; until: Date };
}

/**
 * Saves a change only if nobody changed the session since it was read, and records the callback
 * it causes in the same transaction. Answers the callback's id (to deliver), null when none is
 * due or it is dropped, or false when another change won the race.
 */
export async function saveChange(
  db: Db,
  input: {
    clientId: string;
    before: StoredSession;
    session: SandboxSession;
    methodOptions?: MethodOptions;
    event?: SandboxEvent;
    callback: CallbackPlan;
    now: Date;
  },
): Promise<{ saved: false } | { saved: true; callbackId: number | null }> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(sandboxSessions)
      .set({
        status: input.session.status,
        expiryAt: new Date(input.session.expiryAt),
        data: input.session,
        methodOptions: input.methodOptions ?? input.before.methodOptions,
        version: input.before.version + 1,
        updatedAt: input.now,
      })
      .where(
        and(
          eq(sandboxSessions.clientId, input.clientId),
          eq(sandboxSessions.id, input.session.id),
          eq(sandboxSessions.version, input.before.version),
        ),
      )
      .returning({ id: sandboxSessions.id });
    if (updated.length === 0) return { saved: false } as const;
    if (!input.event) return { saved: true, callbackId: null } as const;
    const [callback] = await tx
      .insert(sandboxCallbacks)
      .values({
        sessionId: input.session.id,
        event: input.event,
        url: input.callback.url,
        status: input.callback.drop ? "DROPPED" : "PENDING",
        payload: { event: input.event, data: input.session },
        nextAttemptAt: input.callback.drop ? null : input.now,
        claimedBy: input.callback.drop ? null : input.callback.claim.by,
        claimedUntil: input.callback.drop ? null : input.callback.claim.until,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning({ id: sandboxCallbacks.id });
    return { saved: true, callbackId: input.callback.drop ? null : (callback?.id ?? null) } as const;
  });
}
