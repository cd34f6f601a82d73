import { describe, expect, it } from "vitest";
import { CARD_BRANDS } from "@/lib/harsya/wire";
import { cardBrand, luhnValid } from "./card-input";
import { cardOutcome, needsChallenge, TEST_CARDS } from "./test-cards";

describe("the test cards (harsya-api.md §10.3)", () => {
  it("are all valid numbers of the brand they are listed under, each once", () => {
    const numbers = TEST_CARDS.flatMap((row) =>
      CARD_BRANDS.map((brand) => [brand, row.numbers[brand]] as const),
    );
    for (const [brand, number] of numbers) {
      expect(luhnValid(number), number).toBe(true);
      expect(cardBrand(number), number).toBe(brand);
    }
    expect(new Set(numbers.map(([, number]) => number)).size).toBe(numbers.length);
  });

  it("succeed frictionless, succeed after a challenge, or fail after one with the documented code", () => {
    expect(cardOutcome("4440000112200001")).toEqual({ result: "SUCCESS", challenge: false });
    expect(cardOutcome("5550000112220002")).toEqual({ result: "SUCCESS", challenge: true });
    const expected: [string, string, string][] = [
      ["4440000334480001", "DECLINED_BY_CHANNEL", "declined by the channel"],
      ["5550000334400002", "DECLINED_BY_CHANNEL", "card already expired"],
      ["3550000334440003", "DECLINED_BY_CHANNEL", "invalid CVV"],
      ["4440000334450004", "INVALID_ACCOUNT", "card marked invalid"],
      ["5550000334470005", "AUTHENTICATION_FAILED", "3DS rejected by the issuer"],
      ["3550000334410006", "SUSPECTED_FRAUD", "stolen or potential fraud"],
      ["4440000334420007", "SUSPECTED_FRAUD", "account blocked by the channel"],
      ["5550000334440008", "BLOCKED_BY_FDS", "high risk"],
      ["4440000334300001", "REQUIRE_REVIEW", "held for manual review"],
      ["4440000334390002", "INSUFFICIENT_FUND", "insufficient funds"],
      ["5550000334310003", "CHANNEL_UNAVAILABLE", "the issuer is unavailable"],
      ["3550000334350004", "CANCELLED_BY_USER", "cancelled by the cardholder"],
    ];
    for (const [number, failureCode, reason] of expected) {
      expect(cardOutcome(number), number).toEqual({ result: "FAILED", challenge: true, failureCode, reason });
    }
  });

  it("approves any other card without a challenge", () => {
    expect(cardOutcome("4111111111111111")).toEqual({ result: "SUCCESS", challenge: false });
  });

  it("lets the merchant's threeDsMethod force or skip the challenge", () => {
    const frictionless = cardOutcome("4440000112200001");
    const declined = cardOutcome("4440000334480001");
    expect(needsChallenge(frictionless, undefined)).toBe(false);
    expect(needsChallenge(frictionless, "AUTOMATIC")).toBe(false);
    expect(needsChallenge(frictionless, "CHALLENGE")).toBe(true);
    expect(needsChallenge(declined, "AUTOMATIC")).toBe(true);
    expect(needsChallenge(declined, "NEVER")).toBe(false);
  });
});
