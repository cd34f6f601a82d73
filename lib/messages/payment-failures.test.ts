import { describe, expect, it } from "vitest";
import { CHARGE_FAILURE_CODES } from "@/lib/harsya/wire";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import { paymentFailureKey } from "./payment-failures";

describe("payment failure reasons", () => {
  it("has its own words in both languages for every documented failure code", () => {
    for (const locale of ["en", "id"] as const) {
      const words = CHARGE_FAILURE_CODES.map(
        (code) => CATALOGUES[locale].payment.failures[paymentFailureKey(code)],
      );
      expect(words).not.toContain(CATALOGUES[locale].payment.failures.unknown);
      expect(new Set(words).size).toBe(CHARGE_FAILURE_CODES.length);
      for (const reason of words) expect(reason).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it("says what the sandbox's failing card and wallet mean", () => {
    const { failures } = CATALOGUES.en.payment;
    expect(failures[paymentFailureKey("DECLINED_BY_CHANNEL")]).toBe("The card was declined by its bank.");
    expect(failures[paymentFailureKey("INSUFFICIENT_FUND")]).toBe("There was not enough balance to pay.");
    expect(failures.noMoneyTaken).toBe("No money was taken.");
  });

  it("falls back for a code the gateway adds later, or none", () => {
    expect(paymentFailureKey("SOMETHING_NEW")).toBe("unknown");
    expect(paymentFailureKey(null)).toBe("unknown");
    expect(paymentFailureKey("toString")).toBe("unknown");
  });
});
