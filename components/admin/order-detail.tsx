import type { ReactNode } from "react";
import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";
import type { AdminOrder } from "@/lib/admin/orders";
import { describeMethod } from "@/lib/checkout/payment-choice";
import { isCancellableSession } from "@/lib/checkout/session-status";
import type { OrderRefunds } from "@/lib/refunds/view";
import { formatDateTime } from "@/lib/time";
import { DetailList } from "./detail-list";
import { OrderActions } from "./order-actions";
import { OrderMessages } from "./order-messages";
import { LatePaymentNotice, OrderRefundsPanel } from "./order-refunds";
import { OrderTimeline } from "./order-timeline";

const when = (date: Date | null) => (date ? formatDateTime(date) : null);

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = `panel-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={`${card} flex flex-col gap-3 p-5`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function OrderDetail({ detail, refunds }: { detail: AdminOrder; refunds: OrderRefunds }) {
  const { order, items, payment, timeline } = detail;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Panel title="Items">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="text-right">
                Unit price
              </th>
              <th scope="col" className="text-right">
                Qty
              </th>
              <th scope="col" className="text-right">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="py-1">{item.name}</td>
                <td className="text-right">
                  <Price amount={item.unitPrice} />
                </td>
                <td className="text-right tabular-nums">{item.quantity}</td>
                <td className="text-right">
                  <Price amount={item.lineTotal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel title="Customer">
        <DetailList
          rows={[
            ["Name", order.customerName],
            ["Email", order.email],
            ["Phone", `${order.phoneCountryCode} ${order.phoneNumber}`],
            ["Account", order.userId ? "Signed-in shopper" : "Guest checkout"],
          ]}
        />
      </Panel>
      <Panel title="Amounts">
        <DetailList
          rows={[
            ["Total", <Price key="total" amount={order.amount} className="font-semibold" />],
            ["Placed", when(order.createdAt)],
            ["Paid", when(order.paidAt)],
            ["Closed", when(order.closedAt)],
            ["Last synced", when(order.lastSyncedAt)],
          ]}
        />
      </Panel>
      <Panel title="Payment session">
        {payment ? (
          <DetailList
            rows={[
              [
                "Session id",
                <span key="id" className="font-mono">
                  {payment.id}
                </span>,
              ],
              [
                "Status",
                <span key="status" className="font-mono">
                  {payment.status}
                </span>,
              ],
              ["Method", describeMethod(payment.method ?? order.method, payment.channel ?? order.channel)],
              ["Wallet phone", order.walletPhone && `${order.phoneCountryCode} ${order.walletPhone}`],
              ["Card", payment.cardLast4 && `${payment.cardBrand ?? "Card"} ending ${payment.cardLast4}`],
              ["QR expires", when(payment.qrExpiresAt)],
              ["Failure", payment.failureCode && <span className="font-mono">{payment.failureCode}</span>],
              ["VA number", payment.vaNumber && <span className="font-mono">{payment.vaNumber}</span>],
              ["VA name", payment.vaName],
              ["Expires", when(payment.expiresAt)],
              [
                "Payment page",
                payment.paymentUrl && (
                  <a href={payment.paymentUrl} className="text-brand-700 underline" rel="noreferrer">
                    Open
                  </a>
                ),
              ],
            ]}
          />
        ) : (
          <p className="text-sm text-ink-muted">No payment session was created for this order.</p>
        )}
        <OrderActions orderId={order.id} cancellable={isCancellableSession(payment?.status)} />
      </Panel>
      <div className="lg:col-span-2">
        <Panel title="Refunds">
          <LatePaymentNotice orderId={order.id} refunds={refunds} />
          <OrderRefundsPanel orderId={order.id} refunds={refunds} />
        </Panel>
      </div>
      <OrderMessages orderId={order.id} />
      <div className="lg:col-span-2">
        <Panel title="Timeline">
          <OrderTimeline entries={timeline} />
        </Panel>
      </div>
    </div>
  );
}
