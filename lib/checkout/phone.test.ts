import { describe, expect, it } from "vitest";
import { normalizeIndonesianMobile } from "./phone";

describe("normalizeIndonesianMobile", () => {
  it.each([
    ["081234567890", "81234567890"],
    ["0812-3456-7890", "81234567890"],
    ["+62 812 3456 7890", "81234567890"],
    ["6281234567890", "81234567890"],
    ["81234567890", "81234567890"],
    ["(0812) 345 678", "812345678"],
    ["+62 (0)812 3456 7890", "81234567890"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeIndonesianMobile(input)).toBe(expected);
  });

  it.each(["", "12345", "0212345678", "+1 415 555 0100", "0812345", "08123456789012345", "0812abc4567"])(
    "refuses %s",
    (input) => {
      expect(normalizeIndonesianMobile(input)).toBeNull();
    },
  );
});
