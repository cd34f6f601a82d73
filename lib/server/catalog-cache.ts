import "server-only";
import { asc, eq, gt } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { CATALOG_PAGE_SIZE } from "@/lib/catalog/repository";
import { CATALOG_TAG, productTag } from "@/lib/catalog/freshness";
import { products } from "@/lib/db/schema";
import { database } from "./deps";

/**
 * The catalog's reads for its static pages, each cached by Next.js under tags
 * (lib/catalog/freshness.ts): the list of ids and the slugs under `catalog` (they change only
 * when products are added or removed), every product's shelf data under its own `product:<id>`.
 * A page built from them carries their tags, so a stock change expires exactly the pages that
 * show that product: its own page and the catalog page listing it.
 */

export interface ShelfProduct {
  id: number;
  slug: string;
  name: string;
  description: string;
  price: number;
  stock: number;
  image: string;
}

const shelfColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  description: products.description,
  price: products.price,
  stock: products.stock,
  image: products.image,
};

/** One product as the shelf shows it, or undefined when there is no such product. */
export function shelfProduct(id: number): Promise<ShelfProduct | undefined> {
  return unstable_cache(
    async () => {
      const db = await database();
      const [row] = await db.select(shelfColumns).from(products).where(eq(products.id, id)).limit(1);
      // unstable_cache stores JSON: null, not undefined, marks "no such product".
      return row ?? null;
    },
    ["shelf-product", String(id)],
    { tags: [productTag(id)] },
  )().then((row) => row ?? undefined);
}

/** The product a slug names, by id (the id's own data comes from `shelfProduct`). */
export function productIdOfSlug(slug: string): Promise<number | undefined> {
  return unstable_cache(
    async () => {
      const db = await database();
      const [row] = await db
        .select({ id: products.id })
        .from(products)
        .where(eq(products.slug, slug))
        .limit(1);
      return row?.id ?? null;
    },
    ["product-id-of-slug", slug],
    { tags: [CATALOG_TAG] },
  )().then((id) => id ?? undefined);
}

export interface ShelfPage {
  products: ShelfProduct[];
  /** The cursor of the next page (the last id shown), or null on the last page. */
  nextAfter: number | null;
}

/** A catalog page after product `after` (keyset on the id, as lib/catalog/repository.ts). */
export async function shelfPage(after: number): Promise<ShelfPage> {
  const ids = await unstable_cache(
    async () => {
      const db = await database();
      const rows = await db
        .select({ id: products.id })
        .from(products)
        .where(gt(products.id, after))
        .orderBy(asc(products.id))
        .limit(CATALOG_PAGE_SIZE + 1);
      return rows.map((row) => row.id);
    },
    ["shelf-page", String(after)],
    { tags: [CATALOG_TAG] },
  )();
  const more = ids.length > CATALOG_PAGE_SIZE;
  const shown = more ? ids.slice(0, CATALOG_PAGE_SIZE) : ids;
  const found = await Promise.all(shown.map(shelfProduct));
  return {
    products: found.filter((product): product is ShelfProduct => product !== undefined),
    nextAfter: more ? (shown.at(-1) ?? null) : null,
  };
}
