import { describe, expect, it } from "vitest";
import { formatDateTime, formatPreciseTime, jakartaDayRange } from "./time";

describe("Jakarta time", () => {
  it("finds today's Jakarta day, which starts at 17:00 UTC the day before", () => {
    expect(jakartaDayRange(new Date("2026-11-23T10:00:00Z"))).toEqual({
      start: new Date("2026-11-22T17:00:00Z"),
      end: new Date("2026-11-23T17:00:00Z"),
    });
    // 18:30 UTC is already 01:30 the next day in Jakarta.
    expect(jakartaDayRange(new Date("2026-11-23T18:30:00Z")).start).toEqual(new Date("2026-11-23T17:00:00Z"));
    // Midnight in Jakarta belongs to the day it starts.
    expect(jakartaDayRange(new Date("2026-11-23T17:00:00Z")).start).toEqual(new Date("2026-11-23T17:00:00Z"));
    expect(jakartaDayRange(new Date("2026-11-23T16:59:59.999Z")).end).toEqual(
      new Date("2026-11-23T17:00:00Z"),
    );
  });

  it("prints times in WIB", () => {
    expect(formatDateTime(new Date("2026-11-23T17:05:09Z"))).toBe("24 Nov 2026, 00:05 WIB");
    expect(formatPreciseTime(new Date("2026-11-23T17:05:09Z"))).toBe("24 Nov, 00:05:09 WIB");
  });
});
