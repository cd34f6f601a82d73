import "server-only";
import { asc, eq, gt } from "drizzle-orm";
import { text } from "@/lib/bounds";
import type { Db } from "@/lib/db";
import { products } from "@/lib/db/schema";

export type Product = typeof products.$inferSelect;

/** A product page's `[slug]` segment; anything else names no product. */
export const ProductSlug = text().min(1).max(200);

/** Products per catalog page: the demo's whole catalog, a screenful or two of a large one. */
export const CATALOG_PAGE_SIZE = 48;

/** The catalog's first page (by id), never the whole table. */
export function listProducts(db: Db, limit = CATALOG_PAGE_SIZE): Promise<Product[]> {
  return db.select().from(products).orderBy(asc(products.id)).limit(limit);
}

export interface ProductPage {
  products: Product[];
  /** The cursor of the next page (the last id shown), or null on the last page. */
  nextAfter: number | null;
}

/**
 * A page of the catalog after product `after` (keyset on the primary key: as fast on page 200 as
 * on page 1). A bad or missing cursor gives the first page.
 */
export async function listProductPage(db: Db, after?: unknown): Promise<ProductPage> {
  const cursor = typeof after === "string" && /^\d{1,9}$/.test(after) ? Number(after) : 0;
  const rows = await db
    .select()
    .from(products)
    .where(gt(products.id, cursor))
    .orderBy(asc(products.id))
    .limit(CATALOG_PAGE_SIZE + 1);
  const more = rows.length > CATALOG_PAGE_SIZE;
  const page = more ? rows.slice(0, CATALOG_PAGE_SIZE) : rows;
  return { products: page, nextAfter: more ? (page.at(-1)?.id ?? null) : null };
}

export async function findProductBySlug(db: Db, slug: string): Promise<Product | undefined> {
  const [product] = await db.select().from(products).where(eq(products.slug, slug)).limit(1);
  return product;
}
