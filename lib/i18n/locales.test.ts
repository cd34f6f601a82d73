import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "./locales";

describe("the language rule", () => {
  it("takes the cookie first", () => {
    expect(pickLocale({ cookie: "en", acceptLanguage: "id-ID" })).toBe("en");
    expect(pickLocale({ cookie: "id", acceptLanguage: "en-US,en;q=0.9" })).toBe("id");
  });

  it("ignores a cookie that names no language of ours", () => {
    expect(pickLocale({ cookie: "fr", acceptLanguage: "en-US" })).toBe("en");
    expect(pickLocale({ cookie: "", acceptLanguage: null })).toBe("id");
  });

  it("then the browser's languages, by weight", () => {
    expect(pickLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
    expect(pickLocale({ acceptLanguage: "fr-FR,en;q=0.5,id;q=0.8" })).toBe("id");
    expect(pickLocale({ acceptLanguage: "in" })).toBe("id");
    expect(localeFromAcceptLanguage("de;q=1, en-GB;q=0")).toBeUndefined();
  });

  it("falls back to Indonesian", () => {
    expect(pickLocale({})).toBe("id");
    expect(pickLocale({ acceptLanguage: "ja,zh;q=0.8" })).toBe("id");
    expect(pickLocale({ acceptLanguage: ";;;,q=abc" })).toBe("id");
  });
});
