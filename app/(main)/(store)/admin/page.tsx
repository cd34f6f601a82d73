import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MethodFunnel } from "@/components/admin/method-funnel";
import { OrderFilters } from "@/components/admin/order-filters";
import { OrdersTable } from "@/components/admin/orders-table";
import { Pagination } from "@/components/admin/pagination";
import { PaidToday } from "@/components/admin/paid-today";
import { PeriodPicker } from "@/components/admin/period-picker";
import { RejectedCallbacks } from "@/components/admin/rejected-callbacks";
import { RevenueChart } from "@/components/admin/revenue-chart";
import { ShopNumbers } from "@/components/admin/shop-numbers";
import { buttonSecondary } from "@/components/ui/styles";
import { adminOrdersExportHref, adminOrdersHref, AdminOrderFilters } from "@/lib/admin/filters";
import { adminDashboard } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  const filters = AdminOrderFilters.parse(await searchParams);
  await requireAdmin(adminOrdersHref(filters));
  const [{ numbers, list, today, rejected }, t] = await Promise.all([
    database().then((db) => adminDashboard(db, filters)),
    getTranslations("admin.dashboard"),
  ]);
  return (
    <section aria-labelledby="admin-heading" className="flex min-w-0 flex-col gap-6 [overflow-wrap:anywhere]">
      <div>
        <p className="text-sm font-medium text-ink-muted">{t("kicker")}</p>
        <h1 id="admin-heading" className="text-2xl font-bold tracking-tight">
          {t("heading")}
        </h1>
        <Link href="/admin/webhooks" className="text-sm text-brand-700 underline">
          {t("webhooksLink")}
        </Link>
      </div>
      <PeriodPicker filters={filters} />
      <ShopNumbers numbers={numbers} />
      <RevenueChart daily={numbers.daily} />
      <MethodFunnel funnel={numbers.funnel} />
      <PaidToday count={today.count} amount={today.amount} byMethod={today.byMethod} />
      <RejectedCallbacks rejected={rejected} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <OrderFilters filters={filters} />
        {/* A plain link, not next/link: the browser downloads the attachment the route streams. */}
        <a href={adminOrdersExportHref(filters)} download className={buttonSecondary}>
          {t("export")}
        </a>
      </div>
      <OrdersTable orders={list.orders} />
      <Pagination
        filters={filters}
        pageCount={list.pageCount}
        total={list.total}
        nextAfter={list.nextAfter}
        previousBefore={list.previousBefore}
        totalIsLowerBound={list.totalIsLowerBound}
      />
    </section>
  );
}
