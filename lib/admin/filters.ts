import { z } from "zod";
import { queryValue } from "@/lib/bounds";
import { PAYMENT_METHODS, type PaymentMethod } from "@/lib/checkout/payment-choice";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/orders/state";

export const ADMIN_PAGE_SIZE = 20;

export interface AdminOrderFilters {
  status?: OrderStatus;
  method?: PaymentMethod;
  q?: string;
  page: number;
}

/**
 * The dashboard's query string. A bad value falls back to "no filter" rather than an error page:
 * these come from links and hand-edited URLs.
 */
export const AdminOrderFilters: z.ZodType<AdminOrderFilters, unknown> = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  method: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  q: queryValue(100).transform((value) => value?.trim() || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The dashboard URL for these filters, e.g. for pagination links. */
export function adminOrdersHref(filters: AdminOrderFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.method) query.set("method", filters.method);
  if (filters.q) query.set("q", filters.q);
  if (filters.page > 1) query.set("page", String(filters.page));
  const search = query.toString();
  return search ? `/admin?${search}` : "/admin";
}

/** `value` for an SQL ILIKE "contains" pattern, with the wildcards in it matched literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
