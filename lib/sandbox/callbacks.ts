import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AttemptSchema, attemptDelivery, claimLease, type CallbackAttempt } from "./callback-attempts";
import type { SandboxDeps } from "./deps";
import { sandboxCallbacks } from "./schema";

export type { CallbackAttempt } from "./callback-attempts";

/**
 * Payment callbacks as the gateway sends them: `POST {event, data}` with `X-API-Key`, retried on
 * 5xx, 408, 429 and network errors (never on other 4xx) with growing delays. They are rows in
 * `sandbox_callbacks`, written in the same transaction as the change that causes them, so they
 * outlive the process. The process that made the change claims the first attempt and makes it
 * right after its response, then the retries due soon; anything else (a later retry, or the work
 * of a process that stopped) is picked up by `deliverDueCallbacks`. Every attempt is made under a
 * claim, so senders sharing the database never make the same attempt twice. Every attempt is
 * recorded for /sandbox/callbacks.
 */

export const CALLBACK_STATUSES = ["PENDING", "DELIVERED", "FAILED", "DROPPED"] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export interface CallbackRecord {
  id: number;
  sessionId: string;
  event: string;
  url: string;
  status: CallbackStatus;
  attempts: CallbackAttempt[];
  nextAttemptAt: Date | null;
  /** An attempt is being made right now (claimed by a sender whose claim has not run out). */
  sending: boolean;
  createdAt: Date;
}

const RowSchema = z.object({
  id: z.number(),
  sessionId: z.string(),
  event: z.string(),
  url: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  attempts: z.array(AttemptSchema),
  payload: z.unknown(),
  nextAttemptAt: z.date().nullable(),
  claimedBy: z.string().nullable(),
  claimedUntil: z.date().nullable(),
  createdAt: z.date(),
});
type ClaimedCallback = z.infer<typeof RowSchema> & { claimedBy: string };

/** Not claimed, or claimed by a sender whose time ran out (it died or hung mid-attempt). */
const unclaimed = (now: Date) =>
  or(isNull(sandboxCallbacks.claimedUntil), lte(sandboxCallbacks.claimedUntil, now));

function asClaimed(row: unknown): ClaimedCallback {
  const parsed = RowSchema.parse(row);
  if (!parsed.claimedBy) throw new Error(`Callback ${parsed.id} was read without its claim`);
  return { ...parsed, claimedBy: parsed.claimedBy };
}

/** A sender's hold on a callback's next attempt (see `claimedBy` in the schema). */
export interface CallbackClaim {
  by: string;
  until: Date;
}

/** The claim a change records with its callback: the first attempt belongs to the process that made it. */
export function newCallbackClaim(deps: SandboxDeps): CallbackClaim {
  return { by: randomUUID(), until: new Date(deps.now().getTime() + claimLease(deps)) };
}

/**
 * Sends a callback just recorded (and claimed) by a change, then its retries while they are due
 * within `callbackInlineRetryMaxMs`, keeping the claim while it waits; a later retry is released
 * to `deliverDueCallbacks`. Should this process stop, its claim runs out and another sends instead.
 */
export async function deliverCallback(deps: SandboxDeps, id: number, claimedBy: string): Promise<void> {
  const db = await deps.db();
  for (;;) {
    const [row] = await db
      .select()
      .from(sandboxCallbacks)
      .where(
        and(
          eq(sandboxCallbacks.id, id),
          eq(sandboxCallbacks.status, "PENDING"),
          eq(sandboxCallbacks.claimedBy, claimedBy),
        ),
      );
    if (!row) return;
    const next = await attemptDelivery(deps, db, asClaimed(row), {
      holdWithinMs: deps.callbackInlineRetryMaxMs,
    });
    if (!next?.held) return;
    await deps.sleep(Math.max(0, next.at.getTime() - deps.now().getTime()));
  }
}

/**
 * Makes one attempt for each callback that is due (oldest due first, at most `limit`), claiming
 * them one at a time so that concurrent sweeps in other processes share the work without sending
 * anything twice. Answers how many attempts it made.
 */
export async function deliverDueCallbacks(
  deps: SandboxDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const db = await deps.db();
  const limit = options.limit ?? 50;
  let made = 0;
  while (made < limit) {
    const claimed = await claimNextDue(db, deps.now(), claimLease(deps));
    if (!claimed) break;
    await attemptDelivery(deps, db, claimed, { holdWithinMs: 0 });
    made += 1;
  }
  return made;
}

/**
 * Claims the callback due longest ago. `skip locked` lets concurrent sweeps pass over a row another
 * is claiming instead of queueing behind it; the outer conditions are checked again on the locked
 * row, so a row claimed meanwhile is never claimed twice. The subquery is compared with `=`, not
 * `in`: as a scalar it runs once, whereas an `in` semi-join may rescan it for every outer row and
 * claim them all (each rescan skips the row the statement has just updated).
 */
async function claimNextDue(db: Db, now: Date, leaseMs: number): Promise<ClaimedCallback | undefined> {
  const due = and(
    eq(sandboxCallbacks.status, "PENDING"),
    lte(sandboxCallbacks.nextAttemptAt, now),
    unclaimed(now),
  );
  const next = db
    .select({ id: sandboxCallbacks.id })
    .from(sandboxCallbacks)
    .where(due)
    .orderBy(asc(sandboxCallbacks.nextAttemptAt), asc(sandboxCallbacks.id))
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(sandboxCallbacks)
    .set({ claimedBy: randomUUID(), claimedUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(sandboxCallbacks.id, sql`(${next})`), due))
    .returning();
  return row ? asClaimed(row) : undefined;
}

/** Newest first, for the sandbox's callbacks page (optionally one session's). */
export async function listCallbacks(
  db: Db,
  options: { sessionId?: string; limit?: number; now?: Date } = {},
): Promise<CallbackRecord[]> {
  const now = options.now ?? new Date();
  const rows = await db
    .select()
    .from(sandboxCallbacks)
    .where(options.sessionId ? eq(sandboxCallbacks.sessionId, options.sessionId) : undefined)
    .orderBy(desc(sandboxCallbacks.id))
    .limit(options.limit ?? 100);
  return rows.map((row): CallbackRecord => {
    const { payload: _payload, claimedBy: _claimedBy, claimedUntil, ...record } = RowSchema.parse(row);
    return { ...record, sending: claimedUntil !== null && claimedUntil > now };
  });
}
