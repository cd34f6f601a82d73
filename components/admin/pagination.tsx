import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";

export function Pagination({
  filters,
  pageCount,
  total,
}: {
  filters: AdminOrderFilters;
  pageCount: number;
  total: number;
}) {
  const { page } = filters;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link
          href={adminOrdersHref({ ...filters, page: Math.min(page - 1, pageCount) })}
          className={buttonSecondary}
        >
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">
        Page {page} of {pageCount} · {total} {total === 1 ? "order" : "orders"}
      </span>
      {page < pageCount ? (
        <Link href={adminOrdersHref({ ...filters, page: page + 1 })} className={buttonSecondary}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
