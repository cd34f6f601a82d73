import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";
import { DASHBOARD_PERIODS } from "@/lib/admin/period";

/** Links, not a form: each period is a URL the merchant can reload or share; the list's filters stay. */
export async function PeriodPicker({ filters }: { filters: AdminOrderFilters }) {
  const current = filters.period ?? "today";
  const t = await getTranslations("admin.period");
  return (
    <nav aria-labelledby="period-label" className="flex flex-wrap items-center gap-2 text-sm">
      <span id="period-label" className="font-medium text-ink">
        {t("label")}
      </span>
      {DASHBOARD_PERIODS.map((period) => (
        <Link
          key={period}
          href={adminOrdersHref({ ...filters, period: period === "today" ? undefined : period })}
          aria-current={period === current ? "page" : undefined}
          className="rounded-full border border-surface-line px-3 py-1 text-ink-muted hover:border-brand-500 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {t(`name.${period}`)}
        </Link>
      ))}
      <span className="text-xs text-ink-faint">{t("note")}</span>
    </nav>
  );
}
