import { describe, expect, it } from "vitest";
import { pollInterval } from "./poll-interval";

describe("pollInterval", () => {
  it("polls twice a second at first, then every second, then slower", () => {
    expect(pollInterval("PENDING_PAYMENT", 0)).toBe(500);
    expect(pollInterval("PENDING_PAYMENT", 30_000)).toBe(1_000);
    expect(pollInterval("PENDING_PAYMENT", 90_000)).toBe(3_000);
    expect(pollInterval("PENDING_PAYMENT", 10 * 60_000)).toBe(10_000);
  });

  it.each(["PAID", "FAILED", "EXPIRED", "CANCELLED"] as const)("stops once the order is %s", (status) => {
    expect(pollInterval(status, 0)).toBe(false);
  });
});
