import Link from "next/link";
import { ORDER_STATUS_LABELS } from "@/components/orders/order-status-badge";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from "@/lib/checkout/payment-choice";
import { ORDER_STATUSES } from "@/lib/orders/state";

/** A plain GET form: filters live in the URL, so they survive reloads and can be shared. */
export function OrderFilters({ filters }: { filters: AdminOrderFilters }) {
  return (
    // Keyed by the filters: navigating (e.g. "Clear filters") remounts it, so fields show the URL's values.
    <form
      key={adminOrdersHref(filters)}
      method="get"
      action="/admin"
      role="search"
      aria-label="Filter orders"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor="filter-status" className={fieldLabel}>
          Status
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={`${fieldInput} w-48`}
        >
          <option value="">All statuses</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ORDER_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="filter-method" className={fieldLabel}>
          Method
        </label>
        <select
          id="filter-method"
          name="method"
          defaultValue={filters.method ?? ""}
          className={`${fieldInput} w-48`}
        >
          <option value="">All methods</option>
          {PAYMENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {PAYMENT_METHOD_LABELS[method]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-56 flex-1 flex-col gap-1.5">
        <label htmlFor="filter-q" className={fieldLabel}>
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder="Order reference or email"
          maxLength={100}
          className={fieldInput}
        />
      </div>
      {filters.period && <input type="hidden" name="period" value={filters.period} />}
      <button type="submit" className={buttonPrimary}>
        Filter
      </button>
      {(filters.status || filters.method || filters.q) && (
        <Link
          href={adminOrdersHref({ page: 1, period: filters.period })}
          className="px-2 py-3 text-sm text-brand-700 underline"
        >
          Clear filters
        </Link>
      )}
    </form>
  );
}
