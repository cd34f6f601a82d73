import type { Metadata } from "next";
import { OrderPage } from "@/components/payment/order-page";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

export default async function OrderDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <OrderPage orderId={(await params).id} />;
}
