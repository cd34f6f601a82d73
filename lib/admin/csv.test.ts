import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("CSV cells (RFC 4180)", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("HC123ABC")).toBe("HC123ABC");
    expect(csvCell(150_000)).toBe("150000");
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes commas, quotes, CR and LF, doubling the quotes", () => {
    expect(csvCell("Santoso, Budi")).toBe('"Santoso, Budi"');
    expect(csvCell('Budi "Kopi" Santoso')).toBe('"Budi ""Kopi"" Santoso"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell('"')).toBe('""""');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+62812")).toBe("'+62812");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    // Only the first character counts; numbers are numbers.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-5)).toBe("-5");
  });

  it("ends every record with CRLF", () => {
    expect(csvLine(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});
