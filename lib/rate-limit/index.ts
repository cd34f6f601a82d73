import "server-only";
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { preparedOn } from "@/lib/db/prepared";
import { rateLimits } from "@/lib/db/schema";

/** At most `limit` hits per subject in each window of `windowSeconds`. */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Subjects (emails, addresses) are hashed: the table holds no personal data and no raw input. */
function keyFor(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

/** The hit's upsert: a new window when the stored one began at or before `windowStart`. */
const hitQuery = preparedOn((db) => {
  const expired = sql`${rateLimits.windowStart} <= ${sql.placeholder("windowStart")}::timestamptz`;
  return db
    .insert(rateLimits)
    .values({
      key: sql.placeholder("key"),
      windowStart: sql`${sql.placeholder("now")}::timestamptz`,
      hits: 1,
    })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end`,
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
      },
    })
    .returning({ hits: rateLimits.hits, windowStart: rateLimits.windowStart })
    .prepare("rate_limit_hit");
});

/**
 * Counts one hit for `subject` under `rule` and says whether it is allowed. One upsert, atomic on
 * PostgreSQL and PGlite alike, so concurrent requests on any instance share the count.
 */
export async function hitRateLimit(
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await hitQuery(db).execute({
    key: keyFor(rule, subject),
    now: now.toISOString(),
    windowStart: windowStart.toISOString(),
  });
  if (!row || row.hits <= rule.limit) return { allowed: true };
  const resetsAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)) };
}

/** Checks several rules for one request; the first that refuses decides. Every rule counts the hit. */
export async function hitRateLimits(
  db: Db,
  checks: { rule: RateLimitRule; subject: string }[],
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  let verdict: RateLimitVerdict = { allowed: true };
  for (const { rule, subject } of checks) {
    const hit = await hitRateLimit(db, rule, subject, now);
    if (!hit.allowed && (verdict.allowed || hit.retryAfterSeconds > verdict.retryAfterSeconds)) verdict = hit;
  }
  return verdict;
}

/** Drops counters whose window ended long ago (the reconcile cron calls it). */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}

/** Starts `subject`'s count under `rule` again (e.g. a successful sign-in forgets earlier failures). */
export async function resetRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, keyFor(rule, subject)));
}
