import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/lib/db/schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { hitRateLimit, hitRateLimits, pruneRateLimits, resetRateLimit } from ".";

const rule = { name: "test", limit: 3, windowSeconds: 60 };

describe.each(testDatabaseTargets())("rate limits on $name", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => database?.close());

  it("allows the limit, refuses the next with the time left, and opens a new window", async () => {
    const start = new Date("2026-11-26T10:00:00Z");
    for (let i = 0; i < 3; i += 1) {
      expect(await hitRateLimit(database.db, rule, "cart-a", start)).toEqual({ allowed: true });
    }
    expect(await hitRateLimit(database.db, rule, "cart-a", new Date(start.getTime() + 20_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 40,
    });
    expect(await hitRateLimit(database.db, rule, "cart-b", start)).toEqual({ allowed: true });
    expect(await hitRateLimit(database.db, rule, "cart-a", new Date(start.getTime() + 60_000))).toEqual({
      allowed: true,
    });
  });

  it("counts concurrent hits of several rules at once exactly, each by its own window", async () => {
    const now = new Date("2026-11-26T11:30:00Z");
    const wide = { name: "wide", limit: 5, windowSeconds: 600 };
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, () =>
        hitRateLimits(
          database.db,
          [
            { rule, subject: "burst-both" },
            { rule: wide, subject: "burst-both" },
          ],
          now,
        ),
      ),
    );
    // The tighter rule (3 per minute) decides.
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
    // A minute later the narrow window is new, the wide one is not: 5 hits used 12 up.
    const later = await hitRateLimits(
      database.db,
      [
        { rule, subject: "burst-both" },
        { rule: wide, subject: "burst-both" },
      ],
      new Date(now.getTime() + 60_000),
    );
    expect(later).toEqual({ allowed: false, retryAfterSeconds: 540 });
  });

  it("counts concurrent hits exactly", async () => {
    const now = new Date("2026-11-26T11:00:00Z");
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit(database.db, rule, "burst", now)),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
  });

  it("refuses when any rule refuses, and stores no subject in the clear", async () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const tight = { name: "tight", limit: 1, windowSeconds: 30 };
    const loose = { name: "loose", limit: 100, windowSeconds: 60 };
    const checks = [
      { rule: tight, subject: "someone@example.com" },
      { rule: loose, subject: "10.0.0.1" },
    ];
    expect(await hitRateLimits(database.db, checks, now)).toEqual({ allowed: true });
    expect(await hitRateLimits(database.db, checks, now)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    const keys = (await database.db.select().from(rateLimits)).map((row) => row.key).join(" ");
    expect(keys).not.toContain("someone@example.com");
    expect(keys).not.toContain("10.0.0.1");
    await pruneRateLimits(database.db, new Date("2026-11-26T11:59:00Z"));
    expect((await database.db.select().from(rateLimits)).map((row) => row.key).sort()).toHaveLength(2);
  });

  it("starts a subject's count again after a reset, leaving the others alone", async () => {
    const now = new Date("2026-11-26T13:00:00Z");
    const once = { name: "once", limit: 1, windowSeconds: 60 };
    await hitRateLimit(database.db, once, "a", now);
    await hitRateLimit(database.db, once, "b", now);
    await resetRateLimit(database.db, once, "a");
    expect(await hitRateLimit(database.db, once, "a", now)).toEqual({ allowed: true });
    expect(await hitRateLimit(database.db, once, "b", now)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    });
  });
});
