import type { Metadata } from "next";
import Link from "next/link";
import { OrderFilters } from "@/components/admin/order-filters";
import { OrdersTable } from "@/components/admin/orders-table";
import { Pagination } from "@/components/admin/pagination";
import { PaidToday } from "@/components/admin/paid-today";
import { RejectedCallbacks } from "@/components/admin/rejected-callbacks";
import { adminOrdersHref, AdminOrderFilters } from "@/lib/admin/filters";
import { adminDashboard } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";

export const metadata: Metadata = { title: "Merchant dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  const filters = AdminOrderFilters.parse(await searchParams);
  await requireAdmin(adminOrdersHref(filters));
  const { list, today, rejected } = await adminDashboard(await database(), filters);
  return (
    <section aria-labelledby="admin-heading" className="flex flex-col gap-6">
      <div>
        <p className="text-sm font-medium text-ink-muted">Merchant dashboard</p>
        <h1 id="admin-heading" className="text-2xl font-bold tracking-tight">
          Orders
        </h1>
        <Link href="/admin/webhooks" className="text-sm text-brand-700 underline">
          Webhook deliveries
        </Link>
      </div>
      <PaidToday count={today.count} amount={today.amount} />
      <RejectedCallbacks rejected={rejected} />
      <OrderFilters filters={filters} />
      <OrdersTable orders={list.orders} />
      <Pagination filters={filters} pageCount={list.pageCount} total={list.total} />
    </section>
  );
}
