import { fieldSentence } from "@/lib/i18n/validation";
import { describe, expect, it } from "vitest";
import {
  canMoveRefund,
  orderRefundState,
  refundableAmount,
  refundAmountProblem,
  refundedTotal,
} from "./rules";

/** The amount's problem in the English words the refund form shows. */
const amountWords = (amount: number, refundable: number) => {
  const problem = refundAmountProblem(amount, refundable);
  return problem && fieldSentence("en", "amount", problem);
};

describe("refund amount rules", () => {
  const refunds = [
    { amount: 10_000, status: "SUCCESS" },
    { amount: 5_000, status: "PENDING" },
    { amount: 7_000, status: "FAILED" },
    { amount: 3_000, status: "CANCELLED" },
  ];

  it("holds back what succeeded or may succeed, not what failed or was cancelled", () => {
    expect(refundableAmount(50_000, refunds)).toBe(35_000);
    expect(refundableAmount(10_000, refunds)).toBe(0);
  });

  it("counts only SUCCESS as money given back", () => {
    expect(refundedTotal(refunds)).toBe(10_000);
  });

  it("refuses zero, negative, fractional and above-what-is-left amounts", () => {
    expect(amountWords(0, 100)).toMatch(/more than 0/i);
    expect(amountWords(-5, 100)).toMatch(/more than 0/i);
    expect(amountWords(1.5, 100)).toMatch(/whole number/i);
    expect(amountWords(101, 100)).toMatch(/at most 100/);
    expect(amountWords(1, 0)).toMatch(/nothing is left/i);
    expect(refundAmountProblem(100, 100)).toBeNull();
  });

  it("reads an order's refunds as one state", () => {
    expect(orderRefundState(50_000, 0)).toBeNull();
    expect(orderRefundState(50_000, 10_000)).toBe("PARTIALLY_REFUNDED");
    expect(orderRefundState(50_000, 50_000)).toBe("REFUNDED");
  });
});

describe("refund states", () => {
  it("move forward only, and never out of a final state", () => {
    expect(canMoveRefund("REQUESTING", "PENDING")).toBe(true);
    expect(canMoveRefund("PENDING", "WAITING_BANK_TRANSFER")).toBe(true);
    expect(canMoveRefund("WAITING_BANK_TRANSFER", "SUCCESS")).toBe(true);
    expect(canMoveRefund("REQUESTING", "FAILED")).toBe(true);
    expect(canMoveRefund("WAITING_BANK_TRANSFER", "PENDING")).toBe(false);
    expect(canMoveRefund("SUCCESS", "FAILED")).toBe(false);
    expect(canMoveRefund("FAILED", "SUCCESS")).toBe(false);
    expect(canMoveRefund("PENDING", "PENDING")).toBe(false);
    expect(canMoveRefund("PENDING", "SOMETHING_NEW")).toBe(false);
  });
});
