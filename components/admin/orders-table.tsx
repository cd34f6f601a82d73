import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";
import type { AdminOrderList } from "@/lib/admin/orders";
import { describeMethod } from "@/lib/checkout/payment-choice";
import { formatDateTime } from "@/lib/time";

export function OrdersTable({ orders }: { orders: AdminOrderList["orders"] }) {
  if (orders.length === 0) {
    return <p className={`${card} p-8 text-center text-ink-muted`}>No orders match these filters.</p>;
  }
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="border-b border-surface-line text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th scope="col" className="px-4 py-3">
              Reference
            </th>
            <th scope="col" className="px-4 py-3">
              Placed
            </th>
            <th scope="col" className="px-4 py-3">
              Customer
            </th>
            <th scope="col" className="px-4 py-3">
              Method
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Amount
            </th>
            <th scope="col" className="px-4 py-3">
              Status
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
              <td className="whitespace-nowrap px-4 py-3">{formatDateTime(order.createdAt)}</td>
              <td className="px-4 py-3">
                <div>{order.customerName}</div>
                <div className="text-ink-muted">{order.email}</div>
              </td>
              <td className="px-4 py-3">{describeMethod(order.method, order.channel)}</td>
              <td className="px-4 py-3 text-right">
                <Price amount={order.amount} />
              </td>
              <td className="px-4 py-3">
                <OrderStatusBadge status={order.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
