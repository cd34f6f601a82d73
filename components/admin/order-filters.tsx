import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { adminOrdersHref, type AdminOrderFilters } from "@/lib/admin/filters";
import { PAYMENT_METHODS } from "@/lib/checkout/payment-choice";
import { ORDER_STATUSES } from "@/lib/orders/state";

/** A plain GET form: filters live in the URL, so they survive reloads and can be shared. */
export async function OrderFilters({ filters }: { filters: AdminOrderFilters }) {
  const t = await getTranslations("admin");
  const [allStatuses, allMethods] = [t("filters.allStatuses"), t("filters.allMethods")];
  return (
    // Keyed by the filters: navigating (e.g. "Clear filters") remounts it, so fields show the URL's values.
    <form
      key={adminOrdersHref(filters)}
      method="get"
      action="/admin"
      role="search"
      aria-label={t("filters.label")}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex w-full flex-col gap-1.5 sm:w-auto">
        <label htmlFor="filter-status" className={fieldLabel}>
          {t("filters.status")}
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={`${fieldInput} w-full sm:w-48`}
        >
          <option value="">{allStatuses}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full flex-col gap-1.5 sm:w-auto">
        <label htmlFor="filter-method" className={fieldLabel}>
          {t("filters.method")}
        </label>
        <select
          id="filter-method"
          name="method"
          defaultValue={filters.method ?? ""}
          className={`${fieldInput} w-full sm:w-48`}
        >
          <option value="">{allMethods}</option>
          {PAYMENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`method.${method}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full flex-col gap-1.5 sm:w-auto sm:min-w-56 sm:flex-1">
        <label htmlFor="filter-q" className={fieldLabel}>
          {t("filters.search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          maxLength={100}
          className={fieldInput}
        />
      </div>
      {filters.period && <input type="hidden" name="period" value={filters.period} />}
      <button type="submit" className={buttonPrimary}>
        {t("filters.submit")}
      </button>
      {(filters.status || filters.method || filters.q) && (
        <Link
          href={adminOrdersHref({ page: 1, period: filters.period })}
          className="px-2 py-3 text-sm text-brand-700 underline"
        >
          {t("filters.clear")}
        </Link>
      )}
    </form>
  );
}
