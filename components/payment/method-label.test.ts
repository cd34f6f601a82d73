import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import { describePayment, type PaymentFacts } from "./method-label";

const words = (locale: "en" | "id") =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: "payment.method" });
const none: PaymentFacts = { method: null, channel: null, vaLast4: null, card: null };

describe("describePayment", () => {
  it("names the bank and the VA's last digits, the wallet, QRIS or the card", () => {
    const t = words("en");
    expect(describePayment(t, { ...none, method: "VIRTUAL_ACCOUNT", channel: "BCA", vaLast4: "0003" })).toBe(
      "BCA virtual account ending 0003",
    );
    expect(describePayment(t, { ...none, method: "VIRTUAL_ACCOUNT", channel: "BNI" })).toBe(
      "Virtual account (BNI)",
    );
    expect(describePayment(t, { ...none, method: "EWALLET", channel: "DANA" })).toBe("E-wallet (DANA)");
    expect(describePayment(t, { ...none, method: "QR" })).toBe("QRIS");
    expect(describePayment(t, { ...none, method: "CARD", card: { brand: "VISA", last4: "0001" } })).toBe(
      "Visa ending 0001",
    );
  });

  it("speaks Indonesian too", () => {
    expect(
      describePayment(words("id"), { ...none, method: "VIRTUAL_ACCOUNT", channel: "BRI", vaLast4: "0030" }),
    ).toBe("Virtual Account BRI berakhiran 0030");
  });
});
