import { describe, expect, it } from "vitest";
import { orderMethodOf, sessionMinutes } from "./method";

describe("payment method of a checkout", () => {
  it("maps each choice to the gateway's method and its bank or wallet", () => {
    expect(orderMethodOf("BCA")).toEqual({ method: "VIRTUAL_ACCOUNT", channel: "BCA" });
    expect(orderMethodOf("QRIS")).toEqual({ method: "QR", channel: null });
    expect(orderMethodOf("SHOPEEPAY")).toEqual({ method: "EWALLET", channel: "SHOPEEPAY" });
    expect(orderMethodOf("OVO")).toEqual({ method: "EWALLET", channel: "OVO" });
    expect(orderMethodOf("CARD")).toEqual({ method: "CARD", channel: null });
    expect(orderMethodOf("CHOOSE_ON_PAGE")).toEqual({ method: null, channel: null });
  });

  it("keeps each session within its method's documented maximum", () => {
    expect(sessionMinutes("QR", 15)).toBe(15);
    expect(sessionMinutes("QR", 24 * 60)).toBe(60);
    expect(sessionMinutes("EWALLET", 24 * 60)).toBe(30);
    expect(sessionMinutes("VIRTUAL_ACCOUNT", 24 * 60)).toBe(24 * 60);
    expect(sessionMinutes("CARD", 24 * 60)).toBe(24 * 60);
    expect(sessionMinutes(null, 24 * 60)).toBe(24 * 60);
  });
});
