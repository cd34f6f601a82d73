import { describe, expect, it } from "vitest";
import { VA_CHANNELS } from "@/lib/harsya/wire";
import { vaInstructions } from "./va-instructions";

describe("virtual-account instructions", () => {
  it("has ATM, mobile and internet banking steps for every bank, with the number and amount", () => {
    for (const channel of VA_CHANNELS) {
      const tabs = vaInstructions(channel, "7663000002940005", "Rp 150.000");
      expect(tabs.map((tab) => tab.kind)).toEqual(["atm", "mobile", "internet"]);
      for (const tab of tabs) {
        expect(tab.steps.join(" ")).toContain("7663000002940005");
        expect(tab.steps.join(" ")).toContain("Rp 150.000");
      }
    }
    expect(vaInstructions("BCA", "1", "Rp 1").map((tab) => tab.label)).toEqual([
      "ATM",
      "Mobile banking (BCA mobile)",
      "Internet banking (KlikBCA)",
    ]);
  });

  it("has none for a bank it does not know", () => {
    expect(vaInstructions("NOPE", "1", "Rp 1")).toEqual([]);
    expect(vaInstructions("constructor", "1", "Rp 1")).toEqual([]);
  });
});
