import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderPage } from "@/components/payment/order-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("title"), robots: { index: false } };
}

export default async function OrderDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <OrderPage orderId={(await params).id} />;
}
