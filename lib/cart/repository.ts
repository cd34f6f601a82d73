import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { preparedOn } from "@/lib/db/prepared";
import { cartLines, carts, products } from "@/lib/db/schema";
import { lineTotal, sumRupiah } from "@/lib/money";
import { fail, ok, type Result } from "@/lib/result";
import { checkLineQuantity } from "./rules";

export interface CartLine {
  productId: number;
  slug: string;
  name: string;
  image: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  stock: number;
}

export interface Cart {
  lines: CartLine[];
  /** Number of items (sum of quantities), as shown next to "Cart". */
  count: number;
  /** Whole rupiah, from today's prices. */
  subtotal: number;
}

export const EMPTY_CART: Cart = { lines: [], count: 0, subtotal: 0 };

/** Cart ids are 32 random bytes: the cookie that carries one is the browser's only credential. */
export function newCartId(): string {
  return randomBytes(32).toString("base64url");
}

/** What a cart line reads (from cart_lines joined with products), for readCart and the checkout. */
export const cartLineColumns = {
  productId: products.id,
  slug: products.slug,
  name: products.name,
  image: products.image,
  unitPrice: products.price,
  stock: products.stock,
  quantity: cartLines.quantity,
};

/** The cart's lines in the order they were added (checkout keys depend on this order). */
export const cartLineOrder = [asc(cartLines.addedAt), asc(products.id)];

const cartQuery = preparedOn((db) =>
  db
    .select(cartLineColumns)
    .from(cartLines)
    .innerJoin(products, eq(products.id, cartLines.productId))
    .where(eq(cartLines.cartId, sql.placeholder("cartId")))
    .orderBy(...cartLineOrder)
    .prepare("cart_lines"),
);

export async function readCart(db: Db, cartId: string | undefined): Promise<Cart> {
  if (!cartId) return EMPTY_CART;
  return cartOfRows(await cartQuery(db).execute({ cartId }));
}

/** The cart, priced from rows read with cartLineColumns. */
export function cartOfRows(rows: Omit<CartLine, "lineTotal">[]): Cart {
  const lines = rows.map((row) => ({ ...row, lineTotal: lineTotal(row.unitPrice, row.quantity) }));
  return {
    lines,
    count: lines.reduce((count, line) => count + line.quantity, 0),
    subtotal: sumRupiah(lines.map((line) => line.lineTotal)),
  };
}

const productNotFound = (productId: number) =>
  fail({
    code: "product_not_found",
    fields: { productId: { problem: "invalid" } },
    params: { productId },
  });

const lineNotFound = () =>
  fail({
    code: "line_not_found",
    fields: { productId: { problem: "invalid" } },
  });

/**
 * Adds to the cart, creating the cart when the browser has none (or an unknown one). Answers the
 * cart id to keep in the cookie.
 */
export async function addToCart(
  db: Db,
  cartId: string | undefined,
  input: { productId: number; quantity: number },
): Promise<Result<{ cartId: string }>> {
  return db.transaction(async (tx) => {
    const [product] = await tx.select().from(products).where(eq(products.id, input.productId));
    if (!product) return productNotFound(input.productId);

    let id = cartId;
    const known = id ? await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, id)) : [];
    if (known.length === 0) {
      id = newCartId();
      await tx.insert(carts).values({ id });
    } else {
      await tx.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, id!));
    }
    const cart = id!;

    const [line] = await tx
      .select({ quantity: cartLines.quantity })
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cart), eq(cartLines.productId, product.id)))
      .for("update");
    const current = line?.quantity ?? 0;
    const problem = checkLineQuantity(current + input.quantity, product, current);
    if (problem) return fail(problem);

    await tx
      .insert(cartLines)
      .values({ cartId: cart, productId: product.id, quantity: input.quantity })
      .onConflictDoUpdate({
        target: [cartLines.cartId, cartLines.productId],
        set: { quantity: sql`${cartLines.quantity} + ${input.quantity}` },
      });
    return ok({ cartId: cart });
  });
}

export async function setLineQuantity(
  db: Db,
  cartId: string | undefined,
  productId: number,
  quantity: number,
): Promise<Result<null>> {
  if (!cartId) return lineNotFound();
  return db.transaction(async (tx) => {
    const [product] = await tx.select().from(products).where(eq(products.id, productId));
    if (!product) return productNotFound(productId);
    const problem = checkLineQuantity(quantity, product);
    if (problem) return fail(problem);
    const updated = await tx
      .update(cartLines)
      .set({ quantity })
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.productId, productId)))
      .returning({ productId: cartLines.productId });
    return updated.length === 0 ? lineNotFound() : ok(null);
  });
}

export async function removeLine(
  db: Db,
  cartId: string | undefined,
  productId: number,
): Promise<Result<null>> {
  if (!cartId) return lineNotFound();
  const removed = await db
    .delete(cartLines)
    .where(and(eq(cartLines.cartId, cartId), eq(cartLines.productId, productId)))
    .returning({ productId: cartLines.productId });
  return removed.length === 0 ? lineNotFound() : ok(null);
}

/**
 * Locks the cart's row until the caller's transaction ends: checkouts of one cart take turns, on
 * every instance, so a cart never gets two open orders.
 */
export async function lockCart(db: Db, cartId: string): Promise<void> {
  await db.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).for("update");
}

/** Paid products leave the cart that bought them. */
export async function removePaidLines(db: Db, cartId: string, productIds: readonly number[]): Promise<void> {
  if (productIds.length === 0) return;
  await db
    .delete(cartLines)
    .where(and(eq(cartLines.cartId, cartId), inArray(cartLines.productId, [...productIds])));
}
