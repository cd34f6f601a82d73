import { describe, expect, it } from "vitest";
import { checkOtp, e164, localMobile, nationalMobile, walletOutcome } from "./ewallet";

describe("nationalMobile", () => {
  it("reads the usual ways of writing an Indonesian mobile number", () => {
    for (const written of [
      "08111111001",
      "0811-1111-001",
      "+62 811 1111 001",
      "628111111001",
      "8111111001",
    ]) {
      expect(nationalMobile(written), written).toBe("8111111001");
    }
    expect(e164("8111111001")).toBe("+628111111001");
    expect(localMobile("8111111001")).toBe("08111111001");
  });

  it("refuses landlines, foreign numbers, letters and wrong lengths", () => {
    for (const wrong of [
      "",
      "021234567",
      "+6581234567",
      "0811abc1001",
      "0811",
      "08111111001234567",
      "0801234567",
    ]) {
      expect(nationalMobile(wrong), wrong).toBeUndefined();
    }
  });
});

describe("walletOutcome (harsya-api.md §10.3)", () => {
  it("follows the documented test numbers, and pays any other number", () => {
    expect(walletOutcome("8111111001")).toBe("SUCCESS");
    expect(walletOutcome("8111111002")).toBe("PROCESSING");
    expect(walletOutcome("8111111003")).toBe("FAILED");
    expect(walletOutcome("8111111004")).toBe("EXPIRED");
    expect(walletOutcome("81234567890")).toBe("SUCCESS");
  });
});

describe("checkOtp", () => {
  it("takes 000000 only, and says whether the code is malformed or wrong", () => {
    expect(checkOtp("000000")).toBeUndefined();
    expect(checkOtp(" 000000 ")).toBeUndefined();
    expect(checkOtp("123456")).toBe("Wrong code. Try again.");
    expect(checkOtp("000")).toBe("Enter the 6-digit code.");
  });
});
