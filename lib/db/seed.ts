import "server-only";
import { CATALOG } from "./catalog";
import type { Db } from "./client";
import { products } from "./schema";

/** Fills an empty catalog; a catalog that has products (even edited ones) is left alone. */
export async function seedCatalog(db: Db): Promise<void> {
  if ((await db.$count(products)) > 0) return;
  await db
    .insert(products)
    .values(CATALOG.map((item) => ({ ...item, image: `/products/${item.slug}.svg` })))
    .onConflictDoNothing({ target: products.slug });
}
