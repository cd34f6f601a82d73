import "server-only";
import { createHash } from "node:crypto";
import { and, asc, desc, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { webhookEvents } from "@/lib/db/schema";
import { findOrderIdByReference } from "@/lib/orders/repository";
import { findOrderIdBySession } from "@/lib/payments/repository";
import { handleRefundCallback } from "@/lib/refunds/sync";
import type { CheckoutDeps } from "./deps";
import { syncOrder } from "./sync";

/**
 * The webhook's inbox: a verified callback is one `webhook_events` row, written before the answer
 * and acted on after it (re-read from the gateway, applied), by the request's `after()` task or, if
 * that never ran or failed, by the reconcile cron. Acting on a row is safe to repeat.
 */

/** What a verified callback tells us: only which session (or refund) to re-read. */
export interface CallbackHint {
  event: string | null;
  sessionId: string;
  reference: string | null;
}

/** A callback's id: the gateway documents none, so the same body is the same callback. */
export function callbackIdOf(body: string): string {
  return createHash("sha256").update(body).digest("base64url");
}

export interface InboxEntry {
  id: number;
  /** False when this callback was already in the inbox (a replay). */
  inserted: boolean;
  /** The entry still waits to be acted on. */
  pending: boolean;
}

/** Writes the callback to the inbox, once per callback id: a replay counts on the first row. */
export async function storeCallback(
  db: Db,
  entry: {
    callbackId: string;
    hint: CallbackHint;
    payload: unknown;
    clientAddress: string | null;
    bodyBytes: number;
  },
): Promise<InboxEntry> {
  const [row] = await db
    .insert(webhookEvents)
    .values({
      callbackId: entry.callbackId,
      event: entry.hint.event,
      sessionId: entry.hint.sessionId,
      verified: true,
      outcome: "received: waiting to be applied",
      httpStatus: 200,
      payload: entry.payload,
      clientAddress: entry.clientAddress,
      bodyBytes: entry.bodyBytes,
    })
    .onConflictDoUpdate({
      target: webhookEvents.callbackId,
      set: { replays: sql`${webhookEvents.replays} + 1` },
    })
    .returning({
      id: webhookEvents.id,
      replays: webhookEvents.replays,
      processedAt: webhookEvents.processedAt,
    });
  if (!row) throw new Error("The callback inbox answered no row");
  return { id: row.id, inserted: row.replays === 0, pending: row.processedAt === null };
}

export interface CallbackResult {
  /** Acted on for good (applied, ignored, refused); false when it must be tried again (gateway down). */
  done: boolean;
  outcome: string;
}

/** Re-reads what the callback names from the gateway and moves the order (or refund) along it. */
export async function applyCallback(deps: CheckoutDeps, hint: CallbackHint) {
  const { event, sessionId, reference } = hint;
  if (event?.startsWith("REFUND.")) {
    const refund = await handleRefundCallback(deps, {
      gatewayRefundId: sessionId,
      clientReferenceId: reference ?? undefined,
      event,
    });
    if (refund.result) return { orderId: refund.orderId, ...resultOutcome(refund.result, "refund") };
  }
  const orderId =
    (await findOrderIdBySession(deps.db, sessionId)) ??
    (reference ? await findOrderIdByReference(deps.db, reference) : undefined);
  // Not ours (another environment sharing the account, say): nothing to do, ever.
  if (!orderId) return { orderId: null, done: true, outcome: "ignored: no order for this session" };
  // The callback itself is the timeline entry; its sync adds only the status change, if any.
  const synced = await syncOrder(deps, orderId, { actor: "gateway", reason: `callback ${event}` });
  return { orderId, ...resultOutcome(synced, "order") };
}

function resultOutcome(
  result:
    { ok: true; data: { status: string } } | { ok: false; error: { code: string; retryable?: boolean } },
  subject: string,
): CallbackResult {
  if (result.ok) return { done: true, outcome: `applied: ${subject} is ${result.data.status}` };
  if (result.error.retryable) return { done: false, outcome: `retry: ${result.error.code}` };
  return { done: true, outcome: `not applied: ${result.error.code}` };
}

/** Acts on inbox entries about one session: one re-read for all of them, each row recording it. */
export async function processCallback(
  deps: CheckoutDeps,
  ids: number | number[],
): Promise<CallbackResult | undefined> {
  const wanted = Array.isArray(ids) ? ids : [ids];
  const rows = await deps.db
    .select()
    .from(webhookEvents)
    .where(and(inArray(webhookEvents.id, wanted), isNull(webhookEvents.processedAt)))
    .orderBy(desc(webhookEvents.id));
  const latest = rows[0];
  if (!latest?.sessionId) return undefined;
  const applied = await applyCallback(deps, {
    event: latest.event,
    sessionId: latest.sessionId,
    reference: referenceOf(latest.payload),
  });
  await deps.db
    .update(webhookEvents)
    .set({
      outcome: applied.outcome,
      orderId: applied.orderId,
      ...(applied.done ? { processedAt: deps.clock.now() } : {}),
    })
    .where(
      inArray(
        webhookEvents.id,
        rows.map((row) => row.id),
      ),
    );
  return applied;
}

/** Per session (or refund): the entries waiting while its re-read is in flight in this process. */
const inFlight = new Map<string, { ids: number[]; done: Promise<void> }>();

/**
 * Acts on an entry soon, coalescing a burst about one session: while its re-read is in flight,
 * later entries wait and are then covered by one more re-read (which sees everything they could
 * say). So a flood of callbacks costs a few gateway calls, never one each. Entries a crash leaves
 * behind are the cron's (processLeftoverCallbacks).
 */
export function processSoon(deps: CheckoutDeps, entry: { id: number; subject: string }): Promise<void> {
  const waiting = inFlight.get(entry.subject);
  if (waiting) {
    waiting.ids.push(entry.id);
    return waiting.done;
  }
  const state = { ids: [entry.id], done: Promise.resolve() };
  state.done = (async () => {
    try {
      while (state.ids.length > 0) await processCallback(deps, state.ids.splice(0));
    } finally {
      inFlight.delete(entry.subject);
    }
  })();
  inFlight.set(entry.subject, state);
  return state.done;
}

function referenceOf(payload: unknown): string | null {
  if (typeof payload !== "object" || payload === null || !("data" in payload)) return null;
  const data = payload.data;
  if (typeof data !== "object" || data === null || !("clientReferenceId" in data)) return null;
  return typeof data.clientReferenceId === "string" ? data.clientReferenceId : null;
}

/** Entries younger than this are left to their request's own `after()` task. */
const INBOX_GRACE_MS = 30_000;

/** The cron's sweep: acts on inbox entries their request left behind (crash, gateway down). */
export async function processLeftoverCallbacks(
  deps: CheckoutDeps,
  limit = 100,
): Promise<{ checked: number; failed: number }> {
  const before = new Date(deps.clock.now().getTime() - INBOX_GRACE_MS);
  const due = await deps.db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(
      and(
        isNotNull(webhookEvents.callbackId),
        isNull(webhookEvents.processedAt),
        lt(webhookEvents.receivedAt, before),
      ),
    )
    .orderBy(asc(webhookEvents.receivedAt))
    .limit(limit);
  let failed = 0;
  for (const { id } of due) {
    const result = await processCallback(deps, id);
    if (result && !result.done) failed += 1;
  }
  return { checked: due.length, failed };
}
