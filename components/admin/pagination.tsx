import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonSecondary } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";

/** Previous and Next carry keyset cursors (lib/admin/orders.ts) when the list gives them. */
export async function Pagination({
  filters,
  pageCount,
  total,
  nextAfter = null,
  previousBefore = null,
  totalIsLowerBound = false,
}: {
  filters: AdminOrderFilters;
  pageCount: number;
  total: number;
  nextAfter?: string | null;
  previousBefore?: string | null;
  /** The count stopped at `total`: there are more. */
  totalIsLowerBound?: boolean;
}) {
  const { page } = filters;
  const t = await getTranslations("admin.pagination");
  const more = totalIsLowerBound ? "+" : "";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link
          href={adminOrdersHref({
            ...filters,
            page: Math.min(page - 1, pageCount),
            after: undefined,
            before: page - 1 <= pageCount ? (previousBefore ?? undefined) : undefined,
          })}
          className={buttonSecondary}
        >
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">{t("summary", { page, pageCount, total, more })}</span>
      {page < pageCount ? (
        <Link
          href={adminOrdersHref({
            ...filters,
            page: page + 1,
            after: nextAfter ?? undefined,
            before: undefined,
          })}
          className={buttonSecondary}
        >
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
