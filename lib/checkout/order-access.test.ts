import { describe, expect, it } from "vitest";
import { grantedOrderId, orderAccessCookies, orderAccessToken } from "./order-access";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const orderId = "3f1c2a9e-6b1d-4c3e-9a7f-2d5b8e0c1a4f";
const other = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("order access grants", () => {
  it("grants the order it was made for, and nothing forged or moved", () => {
    const token = orderAccessToken(orderId, secret);
    expect(grantedOrderId(token, secret)).toBe(orderId);
    expect(grantedOrderId(token, "another-secret-of-at-least-thirty-two-chars")).toBeUndefined();
    expect(grantedOrderId(token.replace(orderId, other), secret)).toBeUndefined();
    expect(grantedOrderId(`${orderId}.`, secret)).toBeUndefined();
    expect(grantedOrderId("nonsense", secret)).toBeUndefined();
    expect(grantedOrderId(undefined, secret)).toBeUndefined();
  });

  it("is sent only to that order's page and API", () => {
    const cookies = orderAccessCookies(orderId, secret, true);
    expect(cookies.map((cookie) => cookie.match(/Path=([^;]+)/)?.[1])).toEqual([
      `/orders/${orderId}`,
      `/api/orders/${orderId}`,
    ]);
    for (const cookie of cookies) expect(cookie).toMatch(/HttpOnly; SameSite=Lax; Secure$/);
  });
});
