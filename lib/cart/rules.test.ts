import { describe, expect, it } from "vitest";
import { errorMessage } from "@/lib/http";
import type { AppError } from "@/lib/result";
import { AddToCartInput, checkLineQuantity, ProductIdParam, SetQuantityInput } from "./rules";

const messageOf = (error: AppError | null) => (error ? errorMessage(error, "en") : undefined);

describe("cart input", () => {
  it("defaults the quantity to one", () => {
    expect(AddToCartInput.parse({ productId: 3 })).toEqual({ productId: 3, quantity: 1 });
  });

  it.each([0, -1, 100, 1000, 1.5, "2", null])("rejects quantity %s naming the field", (quantity) => {
    const result = SetQuantityInput.safeParse({ quantity });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["quantity"]);
  });

  it("accepts the bounds", () => {
    expect(SetQuantityInput.parse({ quantity: 1 }).quantity).toBe(1);
    expect(SetQuantityInput.parse({ quantity: 99 }).quantity).toBe(99);
  });

  it("rejects a missing or malformed product id", () => {
    expect(AddToCartInput.safeParse({}).success).toBe(false);
    expect(AddToCartInput.safeParse({ productId: "abc" }).success).toBe(false);
  });

  it.each([2_147_483_648, 2 ** 53, 0, 1.5, "3", true])(
    "refuses product id %s, which no integer column holds",
    (productId) => {
      const result = AddToCartInput.safeParse({ productId });
      expect(result.error?.issues[0]?.path).toEqual(["productId"]);
    },
  );

  it("reads a product id path segment within the integer range only", () => {
    expect(ProductIdParam.parse("2147483647")).toBe(2_147_483_647);
    for (const segment of ["2147483648", "1e3", "\u0000", "7\u0000", ""]) {
      expect(ProductIdParam.safeParse(segment).success).toBe(false);
    }
  });
});

describe("checkLineQuantity", () => {
  const product = { name: "Songket Pouch", stock: 5 };

  it("allows up to the stock", () => {
    expect(checkLineQuantity(5, product)).toBeNull();
  });

  it("refuses more than the stock with a 409 naming the quantity", () => {
    const error = checkLineQuantity(6, product);
    expect(error).toMatchObject({
      code: "insufficient_stock",
      fields: { quantity: { problem: "stockLeft", values: { left: 5 } } },
    });
    expect(messageOf(error)).toBe("Only 5 left of Songket Pouch.");
  });

  it("mentions what is already in the cart", () => {
    expect(messageOf(checkLineQuantity(7, product, 4))).toContain("you already have 4 in your cart");
  });

  it("says out of stock when none are left", () => {
    expect(messageOf(checkLineQuantity(1, { ...product, stock: 0 }))).toBe("Songket Pouch is out of stock.");
  });

  it("caps a line at 99 even with more stock", () => {
    expect(checkLineQuantity(100, { ...product, stock: 500 })).toMatchObject({
      code: "quantity_too_large",
    });
  });
});
