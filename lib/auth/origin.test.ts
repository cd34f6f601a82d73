import { describe, expect, it } from "vitest";
import { checkOrigin, originProblem } from "./origin";

const appUrl = "https://shop.example.com";
const post = (headers: Record<string, string>) =>
  new Request("https://shop.example.com/api/admin/orders/x/sync", { method: "POST", headers });

describe("checkOrigin", () => {
  it("accepts our own origin", () => {
    expect(checkOrigin(post({ origin: "https://shop.example.com" }), appUrl)).toBe(true);
    expect(checkOrigin(post({ origin: "https://shop.example.com" }), "https://shop.example.com/")).toBe(true);
  });

  it("refuses other origins, including look-alikes and other schemes or ports", () => {
    for (const origin of [
      "https://evil.example.com",
      "https://shop.example.com.evil.com",
      "http://shop.example.com",
      "https://shop.example.com:8443",
      "null",
      "",
    ]) {
      expect(checkOrigin(post({ origin }), appUrl), origin).toBe(false);
    }
  });

  it("falls back to the Referer only when there is no Origin", () => {
    expect(checkOrigin(post({ referer: "https://shop.example.com/admin/orders/x" }), appUrl)).toBe(true);
    expect(checkOrigin(post({ referer: "https://evil.example.com/https://shop.example.com" }), appUrl)).toBe(
      false,
    );
    expect(
      checkOrigin(post({ origin: "https://evil.example.com", referer: "https://shop.example.com/" }), appUrl),
    ).toBe(false);
  });

  it("refuses a request without either header, and a broken APP_URL", () => {
    expect(checkOrigin(post({}), appUrl)).toBe(false);
    expect(checkOrigin(post({ origin: "https://shop.example.com" }), "not a url")).toBe(false);
  });
});

describe("originProblem", () => {
  it("tells a missing Origin from a foreign one", () => {
    expect(originProblem(post({ origin: "https://shop.example.com" }), appUrl)).toBeNull();
    expect(originProblem(post({}), appUrl)).toBe("missing");
    expect(originProblem(post({ origin: "https://evil.example.com" }), appUrl)).toBe("foreign");
    expect(originProblem(post({ origin: "null" }), appUrl)).toBe("foreign");
    expect(originProblem(post({ referer: "https://evil.example.com/" }), appUrl)).toBe("foreign");
  });
});
