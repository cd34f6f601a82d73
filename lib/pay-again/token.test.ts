import { describe, expect, it } from "vitest";
import { checkPayAgainToken, payAgainExpiry, signPayAgainToken } from "./token";

const secret = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const orderId = "3f1c2f0e-6a36-4f0e-9a53-1f7b0a1c2d3e";
const closedAt = new Date("2026-11-26T10:00:00Z");
const expires = payAgainExpiry(closedAt);

describe("pay-again token", () => {
  const token = signPayAgainToken(secret, orderId, expires);

  it("is valid for its order until it expires, then expired", () => {
    expect(checkPayAgainToken(secret, orderId, token, closedAt)).toBe("valid");
    expect(checkPayAgainToken(secret, orderId, token, new Date(expires.getTime() - 1_000))).toBe("valid");
    expect(checkPayAgainToken(secret, orderId, token, expires)).toBe("expired");
    expect(expires.getTime() - closedAt.getTime()).toBe(7 * 86_400_000);
  });

  it("is the same every time it is made (a retried email carries the same link)", () => {
    expect(signPayAgainToken(secret, orderId, expires)).toBe(token);
  });

  it("opens no other order, and is refused under another secret", () => {
    expect(checkPayAgainToken(secret, "another-order", token, closedAt)).toBe("invalid");
    expect(checkPayAgainToken(`${secret}x`, orderId, token, closedAt)).toBe("invalid");
  });

  it("is invalid when tampered with: a later expiry, a changed signature, junk", () => {
    const [, signature] = token.split(".");
    const later = Math.floor(expires.getTime() / 1000 + 86_400).toString(36);
    expect(checkPayAgainToken(secret, orderId, `${later}.${signature}`, closedAt)).toBe("invalid");
    const flipped = signature!.slice(0, -1) + (signature!.endsWith("A") ? "B" : "A");
    expect(checkPayAgainToken(secret, orderId, `${token.split(".")[0]}.${flipped}`, closedAt)).toBe(
      "invalid",
    );
    for (const junk of ["", "abc", `${token}x`, token.replace(".", ""), null, undefined]) {
      expect(checkPayAgainToken(secret, orderId, junk, closedAt)).toBe("invalid");
    }
  });
});
