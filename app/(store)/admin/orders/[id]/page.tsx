import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderDetail } from "@/components/admin/order-detail";
import { RefundStateBadge } from "@/components/admin/order-refunds";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { getAdminOrder } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";
import { isOrderId } from "@/lib/orders/identifiers";
import { getOrderRefunds } from "@/lib/refunds/view";

export const metadata: Metadata = { title: "Order" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/orders/${encodeURIComponent(id)}`);
  if (!isOrderId(id)) notFound();
  const detail = await getAdminOrder(await database(), id);
  if (!detail) notFound();
  const refunds = await getOrderRefunds(await database(), detail.order);
  return (
    <section aria-labelledby="order-heading" className="flex flex-col gap-6">
      <Link href="/admin" className="text-sm text-brand-700 underline">
        All orders
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="order-heading" className="font-mono text-2xl font-bold tracking-tight">
          Order {detail.order.reference}
        </h1>
        <OrderStatusBadge status={detail.order.status} />
        <RefundStateBadge refunds={refunds} />
      </div>
      <OrderDetail detail={detail} refunds={refunds} />
    </section>
  );
}
