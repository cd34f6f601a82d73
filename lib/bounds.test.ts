import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  intId,
  intIdParam,
  isStorableJson,
  isStorableText,
  jsonObject,
  MAX_AMOUNT,
  MAX_INT,
  queryValue,
  text,
  UNSTORABLE_TEXT,
} from "./bounds";

describe("isStorableText", () => {
  it.each(["", "Budi Santoso", "Kopi ☕ 🇮🇩", "a\u0001b", "tab\tnewline\n"])("accepts %j", (value) => {
    expect(isStorableText(value)).toBe(true);
  });

  it.each(["\u0000", "a\u0000b", "\ud800", "x\udc00", "\udc00\ud800"])("refuses %j", (value) => {
    expect(isStorableText(value)).toBe(false);
  });
});

describe("isStorableJson", () => {
  it("looks at every string and key, however deep", () => {
    expect(isStorableJson({ a: [1, null, true, { b: "ok" }] })).toBe(true);
    expect(isStorableJson({ a: [1, { b: ["x", "y\u0000"] }] })).toBe(false);
    expect(isStorableJson({ a: { "k\u0000": 1 } })).toBe(false);
    expect(isStorableJson(["\ud800"])).toBe(false);
  });

  it("walks a deeply nested value without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(200_000)}"\\u0000"${"]".repeat(200_000)}`) as unknown;
    expect(isStorableJson(deep)).toBe(false);
  });
});

describe("text", () => {
  const Name = z.object({ name: text().trim().min(1).max(10) });

  it("keeps the usual string checks", () => {
    expect(Name.parse({ name: "  Budi " })).toEqual({ name: "Budi" });
    expect(Name.safeParse({ name: "x".repeat(11) }).success).toBe(false);
  });

  it("refuses NUL and lone surrogates with one message naming the field", () => {
    for (const name of ["Bu\u0000di", "\ud800"]) {
      const result = Name.safeParse({ name });
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ path: ["name"], message: UNSTORABLE_TEXT }),
      ]);
    }
  });
});

describe("jsonObject", () => {
  it("takes any storable object and refuses NUL anywhere in it", () => {
    expect(jsonObject.parse({ note: "hi", nested: [{ a: 1 }] })).toEqual({ note: "hi", nested: [{ a: 1 }] });
    expect(jsonObject.safeParse({ nested: [{ a: "\u0000" }] }).success).toBe(false);
    expect(jsonObject.safeParse({ ["\u0000"]: 1 }).success).toBe(false);
  });
});

describe("intId", () => {
  const Id = intId("must be an id");

  it("accepts 1 to 2^31-1, the range of an integer column", () => {
    expect(Id.parse(1)).toBe(1);
    expect(Id.parse(MAX_INT)).toBe(2_147_483_647);
  });

  it.each([0, -1, 1.5, MAX_INT + 1, 2 ** 53, Number.NaN, "7", null, true])("refuses %s", (value) => {
    expect(Id.safeParse(value).error?.issues[0]?.message).toBe("must be an id");
  });
});

describe("intIdParam", () => {
  const Param = intIdParam("must be an id");

  it("reads plain digits", () => {
    expect(Param.parse("42")).toBe(42);
    expect(Param.parse(String(MAX_INT))).toBe(MAX_INT);
  });

  it.each(["2147483648", "99999999999999999999", "0", "-1", "1e3", "0x10", " 7", "7.0", "", "%E0"])(
    "refuses %j",
    (value) => {
      expect(Param.safeParse(value).error?.issues[0]?.message).toBe("must be an id");
    },
  );

  it("says what is wrong with a NUL", () => {
    expect(intIdParam("must be an id").safeParse("7\u0000").error?.issues[0]?.message).toBe(UNSTORABLE_TEXT);
  });
});

describe("queryValue", () => {
  const Value = queryValue(5);

  it("reads one storable value, anything else as absent", () => {
    expect(Value.parse("abc")).toBe("abc");
    expect(Value.parse(undefined)).toBeUndefined();
    expect(Value.parse(["a", "b"])).toBeUndefined();
    expect(Value.parse("a\u0000")).toBeUndefined();
    expect(Value.parse("toolong")).toBeUndefined();
  });
});

describe("MAX_AMOUNT", () => {
  it("fits a bigint column and stays exact when summed", () => {
    expect(Number.isSafeInteger(MAX_AMOUNT * 1000)).toBe(true);
  });
});
