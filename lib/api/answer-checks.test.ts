import { describe, expect, it } from "vitest";
import { CartAnswerCheck, OrderAnswerCheck, PaymentPageAnswerCheck, readErrorAnswer } from "./answer-checks";

describe("answer checks", () => {
  it("take our answers and refuse other bodies", () => {
    const cart = { cart: { lines: [], count: 0, subtotal: 0 } };
    expect(CartAnswerCheck.safeParse(cart)).toEqual({ success: true, data: cart });
    expect(CartAnswerCheck.safeParse({ cart: { lines: "x", count: 0, subtotal: 0 } }).success).toBe(false);
    expect(PaymentPageAnswerCheck.safeParse({ orderId: "o", paymentUrl: "https://pay" }).success).toBe(true);
    expect(PaymentPageAnswerCheck.safeParse("<html>").success).toBe(false);
    expect(OrderAnswerCheck.safeParse({ order: { id: "o", status: "PAID" } }).success).toBe(true);
    expect(OrderAnswerCheck.safeParse(null).success).toBe(false);
  });

  it("read an error answer field by field, dropping what is not text", () => {
    expect(
      readErrorAnswer({
        error: { code: "validation_error", message: "Check", fields: { email: "bad", n: 1 }, orderId: "o" },
      }),
    ).toEqual({
      code: "validation_error",
      message: "Check",
      fields: { email: "bad" },
      retryable: undefined,
      orderId: "o",
    });
    expect(readErrorAnswer("Bad Gateway")).toEqual({
      code: undefined,
      message: undefined,
      fields: undefined,
      retryable: undefined,
      orderId: undefined,
    });
  });
});
