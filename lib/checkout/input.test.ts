import { describe, expect, it } from "vitest";
import { CheckoutInput } from "./input";

const contact = {
  fullName: "Budi Santoso",
  email: "budi@example.com",
  phone: "0812 3456 7890",
  paymentMethod: "BCA",
};
/** The schema's own words per field (first issue each): what a developer reads, not a shopper. */
const fieldErrors = (error: { issues: { path: PropertyKey[]; message: string }[] }) => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join(".")] ??= issue.message;
  return fields;
};
const problems = (input: Record<string, unknown>) => {
  const parsed = CheckoutInput.safeParse({ ...contact, ...input });
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("checkout input", () => {
  it("accepts a shopper's contact details", () => {
    expect(CheckoutInput.parse(contact)).toMatchObject({ fullName: "Budi Santoso", phone: "81234567890" });
  });

  it("refuses text Postgres cannot store, naming the field", () => {
    expect(problems({ fullName: "Budi\u0000" })).toEqual({
      fullName: "must not contain NUL characters or broken Unicode",
    });
    expect(Object.keys(problems({ email: "budi@example.com\u0000" }))).toEqual(["email"]);
    expect(Object.keys(problems({ phone: "0812\u00003456" }))).toEqual(["phone"]);
    expect(Object.keys(problems({ fullName: "Budi \ud800" }))).toEqual(["fullName"]);
  });

  it("takes QRIS, the e-wallets and cards beside the banks", () => {
    for (const paymentMethod of ["QRIS", "DANA", "SHOPEEPAY", "CARD", "CHOOSE_ON_PAGE", "BNC"]) {
      expect(CheckoutInput.parse({ ...contact, paymentMethod })).toMatchObject({
        paymentMethod,
        walletPhone: null,
      });
    }
    expect(Object.keys(problems({ paymentMethod: "GOPAY" }))).toEqual(["paymentMethod"]);
  });

  it("asks OVO for the wallet's Indonesian mobile number, read like the contact phone", () => {
    expect(
      CheckoutInput.parse({ ...contact, paymentMethod: "OVO", walletPhone: "0811-1111-003" }),
    ).toMatchObject({
      paymentMethod: "OVO",
      walletPhone: "8111111003",
    });
    expect(
      CheckoutInput.parse({ ...contact, paymentMethod: "OVO", walletPhone: "+62 811 1111 003" }).walletPhone,
    ).toBe("8111111003");
    expect(problems({ paymentMethod: "OVO" })).toEqual({
      walletPhone: "enter an Indonesian mobile number, e.g. 0812 3456 7890",
    });
    expect(problems({ paymentMethod: "OVO", walletPhone: "" })).toEqual({
      walletPhone: "enter an Indonesian mobile number, e.g. 0812 3456 7890",
    });
    expect(problems({ paymentMethod: "OVO", walletPhone: "021 555 1234" })).toEqual({
      walletPhone: "enter an Indonesian mobile number, e.g. 0812 3456 7890",
    });
  });

  it("ignores a wallet number for methods that do not use one", () => {
    expect(
      CheckoutInput.parse({ ...contact, paymentMethod: "DANA", walletPhone: "08111111001" }).walletPhone,
    ).toBe(null);
  });

  it("bounds every field", () => {
    expect(problems({ phone: "0".repeat(33) })).toEqual({ phone: "must be at most 32 characters" });
    expect(Object.keys(problems({ fullName: "B".repeat(101) }))).toEqual(["fullName"]);
  });
});
