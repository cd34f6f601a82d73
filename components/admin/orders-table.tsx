import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";
import type { AdminOrderList } from "@/lib/admin/orders";
import { formatDateTime } from "@/lib/time";
import { methodWords } from "./method-words";

export async function OrdersTable({ orders }: { orders: AdminOrderList["orders"] }) {
  const [t, tMethod, tStatus, locale] = await Promise.all([
    getTranslations("admin.table"),
    getTranslations("admin.method"),
    getTranslations("admin.status"),
    getLocale(),
  ]);
  if (orders.length === 0) {
    return <p className={`${card} p-8 text-center text-ink-muted`}>{t("none")}</p>;
  }
  return (
    // Wider than a phone: it scrolls in its own box, which the keyboard can reach and scroll.
    <div className={`${card} overflow-x-auto`} tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-surface-line text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th scope="col" className="px-4 py-3">
              {t("reference")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("placed")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("customer")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("method")}
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              {t("amount")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className="border-b border-surface-line last:border-0">
              <th scope="row" className="px-4 py-3 font-mono font-semibold">
                <Link href={`/admin/orders/${order.id}`} className="text-brand-700 underline">
                  {order.reference}
                </Link>
              </th>
              <td className="whitespace-nowrap px-4 py-3">{formatDateTime(order.createdAt, locale)}</td>
              <td className="px-4 py-3">
                {/* Long unbroken names or emails are cut short here; the title and the order page show them whole. */}
                <div className="max-w-56 truncate" title={order.customerName}>
                  {order.customerName}
                </div>
                <div className="max-w-56 truncate text-ink-muted" title={order.email}>
                  {order.email}
                </div>
              </td>
              <td className="px-4 py-3">{methodWords(tMethod, order.method, order.channel)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right">
                <Price amount={order.amount} />
              </td>
              <td className="whitespace-nowrap px-4 py-3">
                <OrderStatusBadge status={order.status} label={tStatus(order.status)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
