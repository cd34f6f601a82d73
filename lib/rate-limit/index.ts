import "server-only";
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
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

/** What the combined upsert returns, whichever driver ran it (both answer `{ rows }`). */
const HitRows = z.object({
  rows: z.array(
    z.object({ key: z.string(), hits: z.coerce.number(), window_start: z.union([z.string(), z.date()]) }),
  ),
});

/**
 * Checks several rules for one request; the first that refuses decides. Every rule counts the hit,
 * all in one statement (one round trip for the checkout's per-cart and per-address limits). A rule
 * named twice for the same subject counts once.
 */
export async function hitRateLimits(
  db: Db,
  checks: { rule: RateLimitRule; subject: string }[],
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  const byKey = new Map(checks.map(({ rule, subject }) => [keyFor(rule, subject), rule]));
  if (byKey.size === 0) return { allowed: true };
  const hits = sql.join(
    [...byKey].map(
      ([key, rule]) =>
        sql`(${key}, ${new Date(now.getTime() - rule.windowSeconds * 1000).toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  // Each row's window began at or before its own threshold: a new window.
  const expired = sql`${rateLimits.windowStart} <= (select threshold from hit where hit.key = excluded.key)`;
  const result = await db.execute(sql`
    with hit (key, threshold) as (values ${hits})
    insert into ${rateLimits} (key, window_start, hits)
    select key, ${now.toISOString()}::timestamptz, 1 from hit
    on conflict (key) do update set
      window_start = case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end,
      hits = case when ${expired} then 1 else ${rateLimits.hits} + 1 end
    returning key, hits, window_start`);
  const { rows } = HitRows.parse(result);
  let verdict: RateLimitVerdict = { allowed: true };
  for (const row of rows) {
    const rule = byKey.get(row.key)!;
    if (Number(row.hits) <= rule.limit) continue;
    const resetsAt = new Date(row.window_start).getTime() + rule.windowSeconds * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000));
    if (verdict.allowed || retryAfterSeconds > verdict.retryAfterSeconds) {
      verdict = { allowed: false, retryAfterSeconds };
    }
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
