import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";

/**
 * The cache tags of the catalog's pages. `/` and product pages are static (rendered once, then
 * served from Next's cache; see app/(catalog)), built from per-product data reads tagged
 * `product:<id>`, so a page carries the tags of exactly the products it shows.
 */
export const CATALOG_TAG = "catalog";
export const productTag = (id: number): string => `product:${id}`;

function expireNow(tags: readonly string[]): void {
  // `expire: 0`: the next visitor waits for a fresh page, never sees the old stock once more.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * Marks every cached page showing these products stale. Call it after the transaction that moved
 * their stock committed, or a page rendered in between would cache the old stock again.
 * A page's own render may not revalidate, so from there it waits for the response to be sent;
 * outside a Next.js request (scripts, unit tests) there is no page cache to expire.
 */
export function expireProducts(productIds: Iterable<number>): void {
  const tags = [...new Set(productIds)].map(productTag);
  if (tags.length === 0) return;
  try {
    expireNow(tags);
  } catch {
    try {
      after(() => expireNow(tags));
    } catch {
      // Not in a request: nothing cached here to expire.
    }
  }
}
