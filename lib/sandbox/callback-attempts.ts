import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SandboxDeps } from "./deps";
import { sandboxCallbacks } from "./schema";

/**
 * One attempt at delivering a claimed callback: the POST itself, and what it decides (delivered,
 * retried after the next delay, or given up), recorded only while the sender still holds the claim.
 */

export const AttemptSchema = z.object({
  at: z.string(),
  httpStatus: z.number().optional(),
  error: z.string().optional(),
  durationMs: z.number(),
});
export type CallbackAttempt = z.infer<typeof AttemptSchema>;

/** A claim outlives the longest attempt (the request timeout) by this much, for the database writes. */
const CLAIM_MARGIN_MS = 10_000;

export const claimLease = (deps: SandboxDeps) => deps.callbackTimeoutMs + CLAIM_MARGIN_MS;

const shouldRetry = (status: number) => status === 408 || status === 429 || status >= 500;

/** What an attempt needs of a callback row, read under its sender's claim. */
export interface AttemptedCallback {
  id: number;
  url: string;
  payload: unknown;
  attempts: CallbackAttempt[];
  claimedBy: string;
}

/**
 * Sends one claimed attempt and records it. The claim is kept when the next attempt is due within
 * `holdWithinMs` (the caller waits for it), released otherwise. Answers when the next attempt is
 * due, or null when the callback is finished (delivered, refused, out of attempts) or the claim
 * was lost meanwhile.
 */
export async function attemptDelivery(
  deps: SandboxDeps,
  db: Db,
  callback: AttemptedCallback,
  options: { holdWithinMs: number },
): Promise<{ at: Date; held: boolean } | null> {
  const sent = await sendOnce(deps, callback.url, JSON.stringify(callback.payload));
  const attempts = [...callback.attempts, sent];
  const delivered = sent.httpStatus !== undefined && sent.httpStatus >= 200 && sent.httpStatus < 300;
  const retryable = sent.httpStatus === undefined || shouldRetry(sent.httpStatus);
  // The n-th failed attempt waits the n-th delay: one more attempt than there are delays.
  const delay = deps.callbackRetryDelaysMs[attempts.length - 1];
  const finished = delivered || !retryable || delay === undefined;
  const now = deps.now();
  const nextAttemptAt = finished ? null : new Date(now.getTime() + (delay ?? 0));
  const held = nextAttemptAt !== null && (delay ?? 0) <= options.holdWithinMs;
  const saved = await db
    .update(sandboxCallbacks)
    .set({
      status: delivered ? "DELIVERED" : finished ? "FAILED" : "PENDING",
      attempts,
      nextAttemptAt,
      claimedBy: held ? callback.claimedBy : null,
      claimedUntil: held ? new Date(nextAttemptAt.getTime() + claimLease(deps)) : null,
      updatedAt: now,
    })
    .where(and(eq(sandboxCallbacks.id, callback.id), eq(sandboxCallbacks.claimedBy, callback.claimedBy)))
    .returning({ id: sandboxCallbacks.id });
  if (saved.length === 0) {
    console.warn(`[sandbox] callback ${callback.id}: the attempt outlived its claim and was not recorded`);
    return null;
  }
  return nextAttemptAt ? { at: nextAttemptAt, held } : null;
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
