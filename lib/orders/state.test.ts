import { describe, expect, it } from "vitest";
import { canTransition, isFinal, releasesStock, ORDER_STATUSES } from "./state";

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
