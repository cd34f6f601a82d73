import { describe, expect, it } from "vitest";
import { CHARGE_FAILURE_CODES } from "@/lib/harsya/wire";
import { NO_MONEY_TAKEN, paymentFailureReason, UNKNOWN_FAILURE_REASON } from "./payment-failures";

describe("payment failure reasons", () => {
  it("has plain words for every documented failure code, each its own", () => {
    const reasons = CHARGE_FAILURE_CODES.map(paymentFailureReason);
    expect(reasons).not.toContain(UNKNOWN_FAILURE_REASON);
    expect(new Set(reasons).size).toBe(CHARGE_FAILURE_CODES.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z].*\.$/);
  });

  it("says what the sandbox's failing card and wallet mean", () => {
    expect(paymentFailureReason("DECLINED_BY_CHANNEL")).toBe("The card was declined by its bank.");
    expect(paymentFailureReason("INSUFFICIENT_FUND")).toBe("There was not enough balance to pay.");
    expect(NO_MONEY_TAKEN).toBe("No money was taken.");
  });

  it("falls back for a code the gateway adds later, or none", () => {
    expect(paymentFailureReason("SOMETHING_NEW")).toBe(UNKNOWN_FAILURE_REASON);
    expect(paymentFailureReason(null)).toBe(UNKNOWN_FAILURE_REASON);
    expect(paymentFailureReason("toString")).toBe(UNKNOWN_FAILURE_REASON);
  });
});
