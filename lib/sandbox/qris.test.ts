import { describe, expect, it } from "vitest";
import { checkQrisPayload, crc16CcittFalse, parseTlv, qrisPayload, tlv } from "./qris";

const payload = qrisPayload({
  merchantName: "Toko Kopi dan Teh Nusantara Jaya",
  amount: 150_000,
  reference: "HC-20251203-0001",
  retrievalReferenceNumber: "123456789012",
});

const field = (fields: { tag: string; value: string }[], tag: string) =>
  fields.find((item) => item.tag === tag)?.value;

describe("CRC-16/CCITT-FALSE", () => {
  it("matches the standard check value of 123456789", () => {
    expect(crc16CcittFalse("123456789")).toBe(0x29b1);
  });

  it("is 0xFFFF for nothing (its initial value)", () => {
    expect(crc16CcittFalse("")).toBe(0xffff);
  });
});

describe("TLV", () => {
  it("writes and reads tag, two-digit length and value", () => {
    expect(tlv("59", "KOPI")).toBe("5904KOPI");
    expect(parseTlv("000201010212")).toEqual([
      { tag: "00", value: "01" },
      { tag: "01", value: "12" },
    ]);
  });

  it("refuses a length that runs past the end and a broken header", () => {
    expect(() => parseTlv("0005012")).toThrow(SyntaxError);
    expect(() => parseTlv("0x02")).toThrow(SyntaxError);
  });
});

describe("the sandbox's QRIS payload", () => {
  it("is a well-formed dynamic merchant-presented QRIS with a correct CRC", () => {
    const check = checkQrisPayload(payload);
    expect(check).toMatchObject({ ok: true });
    if (!check.ok) return;
    const { fields } = check;
    expect(fields.map((item) => item.tag)).toEqual([
      "00",
      "01",
      "26",
      "51",
      "52",
      "53",
      "54",
      "58",
      "59",
      "60",
      "61",
      "62",
      "63",
    ]);
    expect(field(fields, "00")).toBe("01");
    expect(field(fields, "01")).toBe("12");
    expect(parseTlv(field(fields, "26") ?? "")[0]).toEqual({ tag: "00", value: "ID.CO.BNC.WWW" });
    expect(parseTlv(field(fields, "51") ?? "")[0]).toEqual({ tag: "00", value: "ID.CO.QRIS.WWW" });
    expect(field(fields, "53")).toBe("360");
    expect(field(fields, "54")).toBe("150000");
    expect(field(fields, "58")).toBe("ID");
    // The merchant name is cut to the 25 characters the format allows.
    expect(field(fields, "59")).toBe("Toko Kopi dan Teh Nusanta");
    expect((field(fields, "60") ?? "").length).toBeLessThanOrEqual(15);
    expect(parseTlv(field(fields, "62") ?? "")).toEqual(
      expect.arrayContaining([
        { tag: "01", value: "HC-20251203-0001" },
        { tag: "05", value: "123456789012" },
      ]),
    );
    // The CRC covers everything before it, "6304" included.
    expect(payload.slice(-8, -4)).toBe("6304");
    expect(payload.slice(-4)).toBe(
      crc16CcittFalse(payload.slice(0, -4)).toString(16).toUpperCase().padStart(4, "0"),
    );
  });

  it("keeps to printable ASCII whatever the store is called", () => {
    const odd = qrisPayload({
      merchantName: "Kedai Ñasi — Ayam 🐔",
      amount: 1_000,
      reference: "R1",
      retrievalReferenceNumber: "1",
    });
    expect(odd).toMatch(/^[\x20-\x7E]+$/);
    expect(checkQrisPayload(odd).ok).toBe(true);
  });

  it("fails the check when a character or the CRC is changed", () => {
    expect(checkQrisPayload(payload.replace("150000", "150001"))).toEqual({
      ok: false,
      reason: "CRC mismatch",
    });
    expect(checkQrisPayload(`${payload.slice(0, -4)}0000`)).toEqual({ ok: false, reason: "CRC mismatch" });
    expect(checkQrisPayload(payload.slice(0, -8)).ok).toBe(false);
  });
});
