import { notFound } from "next/navigation";
import { catalogLocale } from "@/components/shop/catalog-locale";
import { CatalogShelf } from "@/components/shop/catalog-shelf";

type Props = { params: Promise<{ locale: string; cursor: string }> };

export const generateStaticParams = () => [];

/** `/?after=<id>`: a later catalog page (keyset on the id), cached like the first. */
export default async function LaterCatalogPage({ params }: Props) {
  await catalogLocale(params);
  const { cursor } = await params;
  if (!/^[1-9]\d{0,8}$/.test(cursor)) notFound();
  return <CatalogShelf after={Number(cursor)} />;
}
