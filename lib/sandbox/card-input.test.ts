import { describe, expect, it } from "vitest";
import { cardBrand, checkCvv, checkExpiry, luhnValid, validateCard } from "./card-input";

const now = new Date("2026-03-15T10:00:00Z");

describe("luhnValid", () => {
  it("accepts the documented test cards and refuses one changed digit", () => {
    for (const number of ["4440000112200001", "5550000112230001", "3550000112280001", "4440000334480001"]) {
      expect(luhnValid(number)).toBe(true);
    }
    expect(luhnValid("4440000112200002")).toBe(false);
    expect(luhnValid("4440 0001")).toBe(false);
  });
});

describe("cardBrand", () => {
  it("reads Visa, Mastercard (51-55 and 2221-2720) and JCB (3528-3589)", () => {
    expect(cardBrand("4440000112200001")).toBe("VISA");
    expect(cardBrand("5550000112230001")).toBe("MASTERCARD");
    expect(cardBrand("2221000000000009")).toBe("MASTERCARD");
    expect(cardBrand("3550000112280001")).toBe("JCB");
    expect(cardBrand("378282246310005")).toBeUndefined();
    expect(cardBrand("6011111111111117")).toBeUndefined();
  });
});

describe("checkExpiry", () => {
  it("takes this month and later in MM/YY, MM/YYYY and MMYY", () => {
    expect(checkExpiry("03/26", now)).toBeUndefined();
    expect(checkExpiry("12/2030", now)).toBeUndefined();
    expect(checkExpiry("0427", now)).toBeUndefined();
  });

  it("says what is wrong: empty, shape, month, past, too far", () => {
    expect(checkExpiry("", now)).toBe("Enter the expiry date.");
    expect(checkExpiry("March", now)).toBe("Enter the expiry date as MM/YY.");
    expect(checkExpiry("13/27", now)).toBe("The month must be 01 to 12.");
    expect(checkExpiry("02/26", now)).toBe("This card has expired.");
    expect(checkExpiry("01/99", now)).toBe("Check the expiry year.");
  });
});

describe("checkCvv", () => {
  it("wants exactly 3 digits", () => {
    expect(checkCvv("123")).toBeUndefined();
    expect(checkCvv("")).toBe("Enter the CVV.");
    for (const wrong of ["12", "1234", "12a"]) {
      expect(checkCvv(wrong)).toBe("The CVV is the 3 digits on the back of the card.");
    }
  });
});

describe("validateCard", () => {
  it("answers brand, first 6 and last 4 of a valid card, spaces allowed", () => {
    expect(validateCard({ number: "4440 0001 1220 0001", expiry: "12/29", cvv: "123" }, now)).toEqual({
      ok: true,
      card: { number: "4440000112200001", brand: "VISA", first6: "444000", last4: "0001" },
    });
  });

  it("names every wrong field at once", () => {
    expect(
      validateCard({ number: "4440000112200002", expiry: "01/20", cvv: "12", name: "x".repeat(51) }, now),
    ).toEqual({
      ok: false,
      errors: {
        number: "This card number is not valid. Check it for typos.",
        expiry: "This card has expired.",
        cvv: "The CVV is the 3 digits on the back of the card.",
        name: "Use at most 50 characters.",
      },
    });
  });

  it("refuses brands the sandbox does not take and impossible lengths", () => {
    expect(validateCard({ number: "378282246310005", expiry: "12/29", cvv: "123" }, now)).toMatchObject({
      ok: false,
      errors: { number: "Only Visa, Mastercard and JCB cards are accepted." },
    });
    expect(validateCard({ number: "", expiry: "12/29", cvv: "123" }, now)).toMatchObject({
      errors: { number: "Enter the card number." },
    });
    expect(validateCard({ number: "4111-1111-abcd", expiry: "12/29", cvv: "123" }, now)).toMatchObject({
      errors: { number: "A card number has digits only." },
    });
  });
});
