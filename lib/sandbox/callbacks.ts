import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { sandboxCallbacks } from "@/lib/db/schema";
import type { SandboxDeps } from "./deps";

/**
 * Payment callbacks as the gateway sends them: `POST {event, data}` with `X-API-Key`, retried on
 * 5xx, 408, 429 and network errors (never on other 4xx), on a short sandbox schedule instead of
 * the gateway's minutes-to-hours one. Every attempt is recorded for /sandbox/callbacks.
 */

export const CALLBACK_STATUSES = ["PENDING", "DELIVERED", "FAILED", "DROPPED"] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

const AttemptSchema = z.object({
  at: z.string(),
  httpStatus: z.number().optional(),
  error: z.string().optional(),
  durationMs: z.number(),
});
export type CallbackAttempt = z.infer<typeof AttemptSchema>;

export interface CallbackRecord {
  id: number;
  sessionId: string;
  event: string;
  url: string;
  status: CallbackStatus;
  attempts: CallbackAttempt[];
  nextAttemptAt: Date | null;
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
  createdAt: z.date(),
});

const shouldRetry = (status: number) => status === 408 || status === 429 || status >= 500;

/** Sends one recorded callback until it is delivered, refused or out of attempts. */
export async function deliverCallback(deps: SandboxDeps, id: number): Promise<void> {
  const db = await deps.db();
  const [raw] = await db.select().from(sandboxCallbacks).where(eq(sandboxCallbacks.id, id));
  if (!raw) return;
  const callback = RowSchema.parse(raw);
  if (callback.status !== "PENDING") return;
  const attempts = [...callback.attempts];
  const body = JSON.stringify(callback.payload);

  for (let index = 0; ; index += 1) {
    const attempt = await sendOnce(deps, callback.url, body);
    attempts.push(attempt);
    const retry = attempt.httpStatus === undefined || shouldRetry(attempt.httpStatus);
    const delivered =
      attempt.httpStatus !== undefined && attempt.httpStatus >= 200 && attempt.httpStatus < 300;
    const delay = deps.callbackRetryDelaysMs[index];
    const finished = delivered || !retry || delay === undefined;
    await save(db, id, {
      status: delivered ? "DELIVERED" : finished ? "FAILED" : "PENDING",
      attempts,
      nextAttemptAt: finished ? null : new Date(deps.now().getTime() + (delay ?? 0)),
      now: deps.now(),
    });
    if (finished) return;
    await deps.sleep(delay);
  }
}

async function sendOnce(deps: SandboxDeps, url: string, body: string): Promise<CallbackAttempt> {
  const started = deps.now();
  const startedAt = Date.now();
  try {
    const response = await deps.fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-API-Key": deps.callbackApiKey,
      },
      body,
      signal: AbortSignal.timeout(deps.callbackTimeoutMs),
      redirect: "manual",
      cache: "no-store",
    });
    // Drain the body so the connection is released; its content does not matter.
    await response.arrayBuffer().catch(() => undefined);
    return { at: started.toISOString(), httpStatus: response.status, durationMs: Date.now() - startedAt };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      at: started.toISOString(),
      error: timedOut ? `no answer within ${deps.callbackTimeoutMs} ms` : describe(error),
      durationMs: Date.now() - startedAt,
    };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return "network error";
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

async function save(
  db: Db,
  id: number,
  change: { status: CallbackStatus; attempts: CallbackAttempt[]; nextAttemptAt: Date | null; now: Date },
) {
  await db
    .update(sandboxCallbacks)
    .set({
      status: change.status,
      attempts: change.attempts,
      nextAttemptAt: change.nextAttemptAt,
      updatedAt: change.now,
    })
    .where(eq(sandboxCallbacks.id, id));
}

/** Newest first, for the sandbox's callbacks page (optionally one session's). */
export async function listCallbacks(db: Db, options: { sessionId?: string; limit?: number } = {}) {
  const rows = await db
    .select()
    .from(sandboxCallbacks)
    .where(options.sessionId ? eq(sandboxCallbacks.sessionId, options.sessionId) : undefined)
    .orderBy(desc(sandboxCallbacks.id))
    .limit(options.limit ?? 100);
  return rows.map((row): CallbackRecord => {
    const { payload: _payload, ...record } = RowSchema.parse(row);
    return record;
  });
}
