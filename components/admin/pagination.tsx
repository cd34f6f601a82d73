import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonSecondary } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";

export async function Pagination({
  filters,
  pageCount,
  total,
}: {
  filters: AdminOrderFilters;
  pageCount: number;
  total: number;
}) {
  const { page } = filters;
  const t = await getTranslations("admin.pagination");
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link
          href={adminOrdersHref({ ...filters, page: Math.min(page - 1, pageCount) })}
          className={buttonSecondary}
        >
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">{t("summary", { page, pageCount, total })}</span>
      {page < pageCount ? (
        <Link href={adminOrdersHref({ ...filters, page: page + 1 })} className={buttonSecondary}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
