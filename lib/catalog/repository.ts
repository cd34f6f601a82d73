import "server-only";
import { asc, eq } from "drizzle-orm";
import { text } from "@/lib/bounds";
import type { Db } from "@/lib/db";
import { products } from "@/lib/db/schema";

export type Product = typeof products.$inferSelect;

/** A product page's `[slug]` segment; anything else names no product. */
export const ProductSlug = text().min(1).max(200);

export function listProducts(db: Db): Promise<Product[]> {
  return db.select().from(products).orderBy(asc(products.id));
}

export async function findProductBySlug(db: Db, slug: string): Promise<Product | undefined> {
  const [product] = await db.select().from(products).where(eq(products.slug, slug)).limit(1);
  return product;
}
