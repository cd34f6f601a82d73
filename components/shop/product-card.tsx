import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProductImage } from "@/components/shop/product-image";
import { Price } from "@/components/ui/price";
import type { ShelfProduct } from "@/lib/server/catalog-cache";

export async function ProductCard({ product, priority }: { product: ShelfProduct; priority?: boolean }) {
  const t = await getTranslations("shop");
  return (
    <li className="group min-w-0 overflow-hidden rounded-card border border-surface-line bg-surface">
      <Link href={`/products/${product.slug}`} className="block">
        <ProductImage
          src={product.image}
          alt=""
          width={800}
          height={600}
          priority={priority}
          className="aspect-[4/3] w-full object-cover transition-opacity group-hover:opacity-90"
        />
        <div className="flex flex-col gap-1 p-4">
          <h2 className="font-semibold leading-snug [overflow-wrap:anywhere]">{product.name}</h2>
          <Price amount={product.price} className="text-brand-800" />
          {product.stock === 0 ? (
            <span className="text-xs text-danger-700">{t("soldOut")}</span>
          ) : product.stock <= 5 ? (
            <span className="text-xs text-warning-700">{t("onlyLeft", { count: product.stock })}</span>
          ) : null}
        </div>
      </Link>
    </li>
  );
}
