import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrderDetail } from "@/components/admin/order-detail";
import { RefundStateBadge } from "@/components/admin/order-refunds";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { IntlIsland } from "@/components/ui/intl-island";
import { getAdminOrder } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";
import { isOrderId } from "@/lib/orders/identifiers";
import { getOrderRefunds } from "@/lib/refunds/view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.order");
  return { title: t("title") };
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/orders/${encodeURIComponent(id)}`);
  if (!isOrderId(id)) notFound();
  const detail = await getAdminOrder(await database(), id);
  if (!detail) notFound();
  const [refunds, t, tStatus] = await Promise.all([
    database().then((db) => getOrderRefunds(db, detail.order)),
    getTranslations("admin.order"),
    getTranslations("admin.status"),
  ]);
  return (
    <section aria-labelledby="order-heading" className="flex min-w-0 flex-col gap-6 [overflow-wrap:anywhere]">
      <Link href="/admin" className="text-sm text-brand-700 underline">
        {t("allOrders")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="order-heading" className="font-mono text-2xl font-bold tracking-tight">
          {t("heading", { reference: detail.order.reference })}
        </h1>
        <OrderStatusBadge status={detail.order.status} label={tStatus(detail.order.status)} />
        <RefundStateBadge refunds={refunds} />
      </div>
      {/* The order's actions and refund form are client islands that read the admin words. */}
      <IntlIsland namespaces={["admin"]}>
        <OrderDetail detail={detail} refunds={refunds} />
      </IntlIsland>
    </section>
  );
}
