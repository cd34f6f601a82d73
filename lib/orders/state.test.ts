import { describe, expect, it } from "vitest";
import { canTransition, isFinal, orderStatusForSession, releasesStock, ORDER_STATUSES } from "./state";

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

describe("transitions", () => {
  it("only moves forward from PENDING_PAYMENT, once", () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        expect(canTransition(from, to)).toBe(from === "PENDING_PAYMENT" && to !== "PENDING_PAYMENT");
      }
    }
  });

  it("knows which states are final and which give stock back", () => {
    expect(ORDER_STATUSES.filter(isFinal)).toEqual(["PAID", "EXPIRED", "FAILED", "CANCELLED"]);
    expect(ORDER_STATUSES.filter(releasesStock)).toEqual(["EXPIRED", "FAILED", "CANCELLED"]);
  });
});
