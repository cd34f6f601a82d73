import type { Metadata } from "next";
import Link from "next/link";
import { ProductImage } from "@/components/shop/product-image";
import { notFound } from "next/navigation";
import { AddToCart } from "@/components/cart/add-to-cart";
import { addToCartWords } from "@/components/cart/cart-words";
import { Price } from "@/components/ui/price";
import { ProductSlug } from "@/lib/catalog/repository";
import { MAX_LINE_QUANTITY } from "@/lib/cart/rules";
import { productIdOfSlug, shelfProduct } from "@/lib/server/catalog-cache";
import { getTranslations } from "next-intl/server";
import { catalogLocale } from "@/components/shop/catalog-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Each product's page is rendered on its first visit per language, then served from the cache
// until the product changes (its `product:<id>` tag; see lib/catalog/freshness.ts).
export const generateStaticParams = () => [];

async function load(params: Props["params"]) {
  await catalogLocale(params);
  const slug = ProductSlug.safeParse((await params).slug);
  if (!slug.success) notFound();
  const id = await productIdOfSlug(slug.data);
  const product = id === undefined ? undefined : await shelfProduct(id);
  if (!product) notFound();
  return product;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load(params);
  return { title: product.name, description: product.description };
}

export default async function ProductPage({ params }: Props) {
  // The language first: next-intl reads it from the segment only once it has been told (see load).
  const product = await load(params);
  const t = await getTranslations("shop");
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <ProductImage
        src={product.image}
        alt={product.name}
        width={800}
        height={600}
        priority
        className="aspect-[4/3] w-full rounded-card border border-surface-line object-cover"
      />
      <div className="flex min-w-0 flex-col gap-4">
        <Link href="/" className="text-sm text-brand-700 hover:underline">
          {t("allProducts")}
        </Link>
        <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-3xl">
          {product.name}
        </h1>
        <Price amount={product.price} className="text-xl font-semibold text-brand-800" />
        <p className="leading-relaxed text-ink-muted [overflow-wrap:anywhere]">{product.description}</p>
        {product.stock > 0 ? (
          <>
            <p className="text-sm text-ink-muted">
              {product.stock <= 5 ? t("onlyLeftInStock", { count: product.stock }) : t("inStock")}
            </p>
            <AddToCart
              productId={product.id}
              maxQuantity={Math.min(product.stock, MAX_LINE_QUANTITY)}
              words={await addToCartWords(
                product.name,
                product.stock,
                Math.min(product.stock, MAX_LINE_QUANTITY),
              )}
            />
          </>
        ) : (
          <p className="font-medium text-danger-700">{t("soldOutLong")}</p>
        )}
      </div>
    </article>
  );
}
