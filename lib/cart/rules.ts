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
      status: 400,
      message: `You can buy at most ${MAX_LINE_QUANTITY} of one product${alreadyInCart ? ` (you already have ${alreadyInCart} in your cart)` : ""}.`,
      fields: { quantity: `must be at most ${MAX_LINE_QUANTITY}` },
    };
  }
  if (quantity > product.stock) {
    const left = product.stock === 0 ? "is out of stock" : `has only ${product.stock} left in stock`;
    return {
      code: "insufficient_stock",
      status: 409,
      message: `${product.name} ${left}${alreadyInCart ? ` and you already have ${alreadyInCart} in your cart` : ""}.`,
      fields: { quantity: product.stock === 0 ? "out of stock" : `must be at most ${product.stock}` },
    };
  }
  return null;
}
