import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";

/** Previous and Next carry keyset cursors (lib/admin/orders.ts) when the list gives them. */
export function Pagination({
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
  const more = totalIsLowerBound ? "+" : "";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
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
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">
        Page {page} of {pageCount}
        {more} · {total}
        {more} {total === 1 ? "order" : "orders"}
      </span>
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
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
