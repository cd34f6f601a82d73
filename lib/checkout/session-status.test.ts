import { describe, expect, it } from "vitest";
import { isCancellableSession, orderStatusForSession } from "./session-status";

describe("orderStatusForSession", () => {
  it.each([
    ["REQUIRE_PAYMENT_METHOD", "PENDING_PAYMENT"],
    ["REQUIRE_CONFIRMATION", "PENDING_PAYMENT"],
    ["REQUIRE_ACTION", "PENDING_PAYMENT"],
    ["PROCESSING", "PENDING_PAYMENT"],
    ["ACTIVE", "PENDING_PAYMENT"],
    ["PAID", "PAID"],
    ["EXPIRED", "EXPIRED"],
    ["CANCELLED", "CANCELLED"],
    ["INACTIVE", "CANCELLED"],
    ["SOMETHING_NEW", "PENDING_PAYMENT"],
  ])("maps session %s to order %s", (status, expected) => {
    expect(orderStatusForSession({ status })).toBe(expected);
  });

  it("treats a cancelled session with a failed charge as a failed payment", () => {
    expect(orderStatusForSession({ status: "CANCELLED", cancellationReason: "CHARGE_FAILED" })).toBe(
      "FAILED",
    );
    expect(orderStatusForSession({ status: "CANCELLED", chargeStatuses: ["FAILED"] })).toBe("FAILED");
    expect(orderStatusForSession({ status: "CANCELLED", cancellationReason: "REQUESTED_BY_CUSTOMER" })).toBe(
      "CANCELLED",
    );
  });
});

describe("isCancellableSession", () => {
  it("allows a cancel only before a charge exists", () => {
    expect(isCancellableSession("REQUIRE_PAYMENT_METHOD")).toBe(true);
    expect(isCancellableSession("REQUIRE_CONFIRMATION")).toBe(true);
    for (const status of ["REQUIRE_ACTION", "PROCESSING", "PAID", "EXPIRED", null, undefined, "X"]) {
      expect(isCancellableSession(status)).toBe(false);
    }
  });
});
