import Link from "next/link";
import { ProductCard } from "@/components/shop/product-card";
import { listProductPage } from "@/lib/catalog/repository";
import { database } from "@/lib/server/deps";

type Props = { searchParams: Promise<{ after?: string | string[] }> };

export default async function CatalogPage({ searchParams }: Props) {
  const { products, nextAfter } = await listProductPage(await database(), (await searchParams).after);
  return (
    <section aria-labelledby="catalog-heading">
      <h1 id="catalog-heading" className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
        Made in Indonesia
      </h1>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {products.map((product, index) => (
          <ProductCard key={product.id} product={product} priority={index < 3} />
        ))}
      </ul>
      {nextAfter !== null && (
        <nav aria-label="Catalog pages" className="mt-6 flex justify-end">
          <Link href={`/?after=${nextAfter}`} className="font-semibold text-brand-700 underline">
            Next page
          </Link>
        </nav>
      )}
    </section>
  );
}
