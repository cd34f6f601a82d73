import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { products } from "@/lib/db/schema";

/** A quantity of one product, taken from or put back on the shelf. */
export interface StockLine {
  productId: number;
  quantity: number;
}

export type Reservation = { ok: true } | { ok: false; productId: number; left: number };

// Rows are locked in product order everywhere, so concurrent orders cannot deadlock.
const byProduct = <T extends StockLine>(lines: readonly T[]): T[] =>
  [...lines].sort((a, b) => a.productId - b.productId);

/**
 * Takes the lines' quantities off the shelf, all or nothing within the caller's transaction: the
 * first line the stock cannot cover is reported (with what is left), and the caller rolls back.
 */
export async function reserveStock(db: Db, lines: readonly StockLine[]): Promise<Reservation> {
  for (const line of byProduct(lines)) {
    const reserved = await db
      .update(products)
      .set({ stock: sql`${products.stock} - ${line.quantity}` })
      .where(and(eq(products.id, line.productId), sql`${products.stock} >= ${line.quantity}`))
      .returning({ id: products.id });
    if (reserved.length === 0) {
      const [row] = await db
        .select({ stock: products.stock })
        .from(products)
        .where(eq(products.id, line.productId));
      return { ok: false, productId: line.productId, left: row?.stock ?? 0 };
    }
  }
  return { ok: true };
}

/** Puts the lines' quantities back on the shelf (an order that ended unpaid). */
export async function releaseStock(db: Db, lines: readonly StockLine[]): Promise<void> {
  for (const line of byProduct(lines)) {
    await db
      .update(products)
      .set({ stock: sql`${products.stock} + ${line.quantity}` })
      .where(eq(products.id, line.productId));
  }
}
