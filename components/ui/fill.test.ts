import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("fill", () => {
  it("puts values in their slots and leaves unknown slots and inserted text alone", () => {
    expect(fill("{price} each", { price: "Rp 15.000" })).toBe("Rp 15.000 each");
    expect(fill("Only {count} left; {other}", { count: 3 })).toBe("Only 3 left; {other}");
    expect(fill("for {name}", { name: "{count} mugs" })).toBe("for {count} mugs");
  });
});
