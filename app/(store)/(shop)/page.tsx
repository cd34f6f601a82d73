import { getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/shop/product-card";
import { listProducts } from "@/lib/catalog/repository";
import { database } from "@/lib/server/deps";

export default async function CatalogPage() {
  const [products, t] = await Promise.all([
    database().then((db) => listProducts(db)),
    getTranslations("shop"),
  ]);
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
    </section>
  );
}
