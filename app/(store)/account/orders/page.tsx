import type { Metadata } from "next";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import { listOrdersForUser } from "@/lib/account/orders";
import { requireUser } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "My orders" };

export default async function AccountOrdersPage() {
  const user = await requireUser("/account/orders");
  const orders = await listOrdersForUser(await database(), user.id);
  return (
    <section aria-labelledby="orders-heading" className="flex flex-col gap-6">
      <div>
        <h1 id="orders-heading" className="text-2xl font-bold tracking-tight">
          My orders
        </h1>
        <p className="text-sm text-ink-muted">Orders placed while signed in as {user.email}, newest first.</p>
      </div>
      {orders.length === 0 ? (
        <div className={`${card} flex flex-col items-center gap-4 p-10 text-center`}>
          <p className="text-lg">You have no orders yet.</p>
          <Link href="/" className={buttonPrimary}>
            Browse products
          </Link>
        </div>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Orders">
          {orders.map((order) => (
            <li key={order.id} className={`${card} flex flex-wrap items-center justify-between gap-3 p-4`}>
              <div className="flex flex-col gap-1">
                <Link
                  href={`/orders/${order.id}`}
                  className="font-mono font-semibold text-brand-700 underline"
                >
                  Order {order.reference}
                </Link>
                <span className="text-sm text-ink-muted">{formatDateTime(order.createdAt)}</span>
              </div>
              <div className="flex items-center gap-4">
                <OrderStatusBadge status={order.status} />
                <Price amount={order.amount} className="font-semibold" />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
