import { describe, expect, it } from "vitest";
import { checkoutKey, newOrderId, newOrderReference } from "./identifiers";

describe("identifiers", () => {
  it("makes unguessable, unique order ids", () => {
    const ids = new Set(Array.from({ length: 1000 }, newOrderId));
    expect(ids.size).toBe(1000);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("makes alphanumeric references", () => {
    const references = new Set(Array.from({ length: 1000 }, newOrderReference));
    expect(references.size).toBe(1000);
    for (const reference of references) expect(reference).toMatch(/^HC[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it("hashes checkout content stably", () => {
    const parts = { cart: "c1", lines: [[1, 2]], channel: "BCA" };
    expect(checkoutKey(parts)).toBe(checkoutKey({ ...parts }));
    expect(checkoutKey(parts)).not.toBe(checkoutKey({ ...parts, channel: "BNI" }));
  });
});
