import { catalogLocale } from "@/components/shop/catalog-locale";
import { CatalogShelf } from "@/components/shop/catalog-shelf";

type Props = { params: Promise<{ locale: string }> };

/** `/`: the catalog's first page, cached per language (see ./layout.tsx). */
export default async function CatalogPage({ params }: Props) {
  await catalogLocale(params);
  return <CatalogShelf after={0} />;
}
