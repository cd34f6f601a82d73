import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/shop/product-card";
import { shelfPage } from "@/lib/server/catalog-cache";

/** A page of the catalog after product `after` (0: the first), with the link to the next one. */
export async function CatalogShelf({ after }: { after: number }) {
  const [{ products, nextAfter }, t] = await Promise.all([shelfPage(after), getTranslations("shop")]);
  return (
    <section aria-labelledby="catalog-heading">
      <h1 id="catalog-heading" className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
        {t("catalogHeading")}
      </h1>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {products.map((product, index) => (
          <ProductCard key={product.id} product={product} priority={index < 3} />
        ))}
      </ul>
      {nextAfter !== null && (
        <nav aria-label={t("pages")} className="mt-6 flex justify-end">
          {/* The public address; proxy.ts serves it from /catalog/<language>/after/<id>. */}
          <Link href={`/?after=${nextAfter}`} className="font-semibold text-brand-700 underline">
            {t("nextPage")}
          </Link>
        </nav>
      )}
    </section>
  );
}
