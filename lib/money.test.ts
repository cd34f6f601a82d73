import { describe, expect, it } from "vitest";
import { formatRupiah, lineTotal, sumRupiah } from "./money";

// Intl puts a no-break space between the symbol and the number.
const nbsp = "\u00a0";

describe("formatRupiah", () => {
  it("prints whole rupiah with dot grouping and no decimals", () => {
    expect(formatRupiah(150_000)).toBe(`Rp${nbsp}150.000`);
    expect(formatRupiah(1_250_000)).toBe(`Rp${nbsp}1.250.000`);
    expect(formatRupiah(0)).toBe(`Rp${nbsp}0`);
    expect(formatRupiah(999)).toBe(`Rp${nbsp}999`);
  });

  it("refuses fractional or unsafe amounts", () => {
    expect(() => formatRupiah(10.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe("lineTotal and sumRupiah", () => {
  it("multiplies and adds exactly", () => {
    expect(lineTotal(95_000, 3)).toBe(285_000);
    expect(sumRupiah([285_000, 48_000, 0])).toBe(333_000);
  });

  it("refuses results beyond safe integers", () => {
    expect(() => lineTotal(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});
