import { describe, expect, it } from "vitest";
import { orderFingerprint, pollInterval } from "./poll-interval";

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

describe("orderFingerprint", () => {
  const pending = {
    status: "PENDING_PAYMENT",
    method: null,
    channel: null,
    vaNumber: null,
    paymentUrl: "https://pay.example/s/1",
    awaitingMethod: true,
    qr: null,
    card: null,
    failureCode: null,
    paidAt: null,
    expiresAt: "2026-11-26T10:00:00.000Z",
  } as const;

  it("changes when what the page shows changes, not with other fields", () => {
    const same = orderFingerprint({ ...pending, reference: "HC-1" } as typeof pending);
    expect(same).toBe(orderFingerprint(pending));
    expect(orderFingerprint({ ...pending, status: "PAID", paidAt: "2026-11-26T09:00:00.000Z" })).not.toBe(
      orderFingerprint(pending),
    );
    expect(orderFingerprint({ ...pending, awaitingMethod: false, vaNumber: "8950" })).not.toBe(
      orderFingerprint(pending),
    );
  });
});
