import { describe, expect, it } from "vitest";
import { appRedirectUrl, safeCallbackPath } from "./callback-url";

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

describe("appRedirectUrl", () => {
  const app = "http://127.0.0.1:3231";

  it("resolves paths against APP_URL, never against the request", () => {
    expect(appRedirectUrl("/account/orders", app)).toBe("http://127.0.0.1:3231/account/orders");
    expect(appRedirectUrl("/signin?error=AccessDenied", app)).toBe(
      "http://127.0.0.1:3231/signin?error=AccessDenied",
    );
    expect(appRedirectUrl("http://127.0.0.1:3231/admin?status=PAID", app)).toBe(
      "http://127.0.0.1:3231/admin?status=PAID",
    );
  });

  it("sends every other origin to APP_URL, localhost included", () => {
    for (const url of [
      "http://localhost:3231/account/orders",
      "https://evil.example/",
      "//evil.example/admin",
      "/\\evil.example",
      "javascript:alert(1)",
      "http://[",
    ]) {
      expect(appRedirectUrl(url, app), url).toBe(app);
    }
  });
});
