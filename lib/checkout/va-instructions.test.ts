import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { VA_CHANNELS } from "@/lib/harsya/wire";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import { vaInstructions, type HowToPayWords } from "./va-instructions";

function words(locale: "en" | "id"): HowToPayWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "orders.howToPay" });
  return (key, values) => t(key as Parameters<typeof t>[0], values);
}

describe("virtual-account instructions", () => {
  it("has ATM, mobile and internet banking steps for every bank, with the number and amount", () => {
    for (const locale of ["en", "id"] as const) {
      for (const channel of VA_CHANNELS) {
        const tabs = vaInstructions(channel, "7663000002940005", "Rp 150.000", words(locale));
        expect(tabs.map((tab) => tab.kind)).toEqual(["atm", "mobile", "internet"]);
        for (const tab of tabs) {
          expect(tab.steps.join(" ")).toContain("7663000002940005");
          expect(tab.steps.join(" ")).toContain("Rp 150.000");
        }
      }
    }
    expect(vaInstructions("BCA", "1", "Rp 1", words("en")).map((tab) => tab.label)).toEqual([
      "ATM",
      "Mobile banking (BCA mobile)",
      "Internet banking (KlikBCA)",
    ]);
    expect(vaInstructions("BRI", "1", "Rp 1", words("id"))[0]?.steps[1]).toBe(
      "Pilih Transaksi Lain › Pembayaran › Lainnya › BRIVA.",
    );
  });

  it("has none for a bank it does not know", () => {
    expect(vaInstructions("NOPE", "1", "Rp 1", words("en"))).toEqual([]);
    expect(vaInstructions("constructor", "1", "Rp 1", words("en"))).toEqual([]);
  });
});
