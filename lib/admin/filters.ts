import { z } from "zod";
import { queryValue } from "@/lib/bounds";
import { PAYMENT_METHODS, type PaymentMethod } from "@/lib/checkout/payment-choice";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/orders/state";
import { DASHBOARD_PERIODS, type DashboardPeriod } from "./period";

export const ADMIN_PAGE_SIZE = 20;

export interface AdminOrderFilters {
  status?: OrderStatus;
  method?: PaymentMethod;
  q?: string;
  page: number;
  /** Keyset cursors (see ./orders.ts): the page after this row, or the page before this row. */
  after?: string;
  before?: string;
  /** The dashboard numbers' period; absent means today. */
  period?: DashboardPeriod;
}

/** A list cursor: the row's creation time (to the microsecond, UTC) and id. */
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z~[0-9a-f-]{36}$/;
const cursorValue = queryValue(100).transform((value) => (value && CURSOR.test(value) ? value : undefined));

/**
 * The dashboard's query string. A bad value falls back to "no filter" rather than an error page:
 * these come from links and hand-edited URLs.
 */
export const AdminOrderFilters: z.ZodType<AdminOrderFilters, unknown> = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  method: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  q: queryValue(100).transform((value) => value?.trim() || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  after: cursorValue.catch(undefined),
  before: cursorValue.catch(undefined),
  // "today" is the default, so it is left out of links rather than spelled two ways.
  period: z
    .enum(DASHBOARD_PERIODS)
    .optional()
    .catch(undefined)
    .transform((value) => (value === "today" ? undefined : value)),
});

/** The dashboard URL for these filters, e.g. for pagination links. */
export function adminOrdersHref(filters: AdminOrderFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.method) query.set("method", filters.method);
  if (filters.q) query.set("q", filters.q);
  if (filters.page > 1) query.set("page", String(filters.page));
  if (filters.page > 1 && filters.after) query.set("after", filters.after);
  else if (filters.page > 1 && filters.before) query.set("before", filters.before);
  if (filters.period) query.set("period", filters.period);
  const search = query.toString();
  return search ? `/admin?${search}` : "/admin";
}

/** The CSV export of the orders these filters list (all pages; the period does not apply). */
export function adminOrdersExportHref(filters: Pick<AdminOrderFilters, "status" | "method" | "q">): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.method) query.set("method", filters.method);
  if (filters.q) query.set("q", filters.q);
  const search = query.toString();
  return search ? `/api/admin/orders/export?${search}` : "/api/admin/orders/export";
}

/** `value` for an SQL ILIKE "contains" pattern, with the wildcards in it matched literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
