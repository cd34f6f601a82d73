import { describe, expect, it } from "vitest";
import { jakartaDateStamp, periodRange } from "./period";

describe("dashboard periods", () => {
  it("covers whole Jakarta days ending with today", () => {
    const now = new Date("2026-11-23T18:30:00Z"); // 01:30 on 24 Nov in Jakarta
    expect(periodRange("today", now)).toEqual({
      start: new Date("2026-11-23T17:00:00Z"),
      end: new Date("2026-11-24T17:00:00Z"),
      days: [new Date("2026-11-23T17:00:00Z")],
    });
    const week = periodRange("7d", now);
    expect(week.start).toEqual(new Date("2026-11-17T17:00:00Z"));
    expect(week.end).toEqual(new Date("2026-11-24T17:00:00Z"));
    expect(week.days).toHaveLength(7);
    expect(periodRange("30d", now).days.at(-1)).toEqual(new Date("2026-11-23T17:00:00Z"));
  });

  it("dates files by the Jakarta calendar", () => {
    expect(jakartaDateStamp(new Date("2026-11-23T18:30:00Z"))).toBe("2026-11-24");
    expect(jakartaDateStamp(new Date("2026-11-23T16:59:59Z"))).toBe("2026-11-23");
  });
});
