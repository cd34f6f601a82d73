import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const appUrl = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/admin?status=PAID", appUrl)).toBe("/admin?status=PAID");
    expect(safeCallbackPath("http://localhost:3000/account/orders", appUrl)).toBe("/account/orders");
  });

  it("falls back for other sites and tricks that lead there", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example/admin",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "http://localhost:3001/admin",
    ]) {
      expect(safeCallbackPath(value, appUrl), value).toBe("/");
    }
  });

  it("falls back for nothing, non-strings and pages that would loop", () => {
    expect(safeCallbackPath(undefined, appUrl)).toBe("/");
    expect(safeCallbackPath("", appUrl, "/account/orders")).toBe("/account/orders");
    expect(safeCallbackPath(42, appUrl)).toBe("/");
    expect(safeCallbackPath("/signin?callbackUrl=/admin", appUrl)).toBe("/");
    expect(safeCallbackPath("/signup", appUrl)).toBe("/");
    expect(safeCallbackPath("/api/admin/orders/x/sync", appUrl)).toBe("/");
    expect(safeCallbackPath("/signing-day-sale", appUrl)).toBe("/signing-day-sale");
  });
});
