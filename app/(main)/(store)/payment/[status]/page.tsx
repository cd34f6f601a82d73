import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrderPage } from "@/components/payment/order-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("returnTitle"), robots: { index: false } };
}

// The gateway's three return URLs. The page never trusts its own path: it shows the order's real status.
const RETURN_PAGES = new Set(["success", "failure", "expiration"]);

type Props = {
  params: Promise<{ status: string }>;
  searchParams: Promise<{ order?: string | string[] }>;
};

export default async function PaymentReturnPage({ params, searchParams }: Props) {
  if (!RETURN_PAGES.has((await params).status)) notFound();
  const { order } = await searchParams;
  return <OrderPage orderId={typeof order === "string" ? order : undefined} />;
}
