import { z } from "zod";
import { intId, intIdParam } from "@/lib/bounds";
import type { AppError } from "@/lib/result";

/** Most of one product a cart line may hold, whatever the stock. */
export const MAX_LINE_QUANTITY = 99;

export const Quantity = z
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(MAX_LINE_QUANTITY, `must be at most ${MAX_LINE_QUANTITY}`);

/** A product id in a JSON body; products.id is a serial, so anything past 2^31-1 names nothing. */
export const ProductId = intId("must be a product id");
/** The same id as a path segment (`/api/cart/lines/7`). */
export const ProductIdParam = intIdParam("must be a product id");

export const AddToCartInput = z.object({ productId: ProductId, quantity: Quantity.default(1) });
export const SetQuantityInput = z.object({ quantity: Quantity });

/**
 * Checks a line's new quantity against the stock. `alreadyInCart` words the message when adding to
 * an existing line. Returns null when the quantity is fine.
 */
export function checkLineQuantity(
  quantity: number,
  product: { name: string; stock: number },
  alreadyInCart = 0,
): AppError | null {
  if (quantity > MAX_LINE_QUANTITY) {
    return {
      code: "quantity_too_large",
      messageKey: alreadyInCart ? "quantity_too_large_in_cart" : "quantity_too_large",
      params: { max: MAX_LINE_QUANTITY, inCart: alreadyInCart },
      fields: { quantity: { problem: "too_big", values: { maximum: MAX_LINE_QUANTITY } } },
    };
  }
  if (quantity > product.stock) {
    return {
      code: "insufficient_stock",
      messageKey: product.stock === 0 ? "out_of_stock" : alreadyInCart ? "stock_left_in_cart" : "stock_left",
      params: { product: product.name, left: product.stock, inCart: alreadyInCart },
      fields: {
        quantity:
          product.stock === 0
            ? { problem: "soldOut" }
            : { problem: "stockLeft", values: { left: product.stock } },
      },
    };
  }
  return null;
}
