import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";
import type { AdminOrder } from "@/lib/admin/orders";
import { isCancellableSession } from "@/lib/checkout/session-status";
import type { OrderRefunds } from "@/lib/refunds/view";
import { formatDateTime } from "@/lib/time";
import { DetailList } from "./detail-list";
import { methodWords } from "./method-words";
import { OrderActions } from "./order-actions";
import { OrderMessages } from "./order-messages";
import { LatePaymentNotice, OrderRefundsPanel } from "./order-refunds";
import { OrderTimeline } from "./order-timeline";

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${card} flex flex-col gap-3 p-5`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export async function OrderDetail({ detail, refunds }: { detail: AdminOrder; refunds: OrderRefunds }) {
  const { order, items, payment, timeline } = detail;
  const [t, tMethod, locale] = await Promise.all([
    getTranslations("admin.order"),
    getTranslations("admin.method"),
    getLocale(),
  ]);
  const when = (date: Date | null) => (date ? formatDateTime(date, locale) : null);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Panel id="panel-items" title={t("panel.items")}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col">{t("product")}</th>
              <th scope="col" className="text-right">
                {t("unitPrice")}
              </th>
              <th scope="col" className="text-right">
                {t("qty")}
              </th>
              <th scope="col" className="text-right">
                {t("total")}
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
      <Panel id="panel-customer" title={t("panel.customer")}>
        <DetailList
          rows={[
            [t("name"), order.customerName],
            [t("email"), order.email],
            [t("phone"), `${order.phoneCountryCode} ${order.phoneNumber}`],
            [t("account"), order.userId ? t("signedIn") : t("guest")],
          ]}
        />
      </Panel>
      <Panel id="panel-amounts" title={t("panel.amounts")}>
        <DetailList
          rows={[
            [t("total"), <Price key="total" amount={order.amount} className="font-semibold" />],
            [t("placed"), when(order.createdAt)],
            [t("paid"), when(order.paidAt)],
            [t("closed"), when(order.closedAt)],
            [t("lastSynced"), when(order.lastSyncedAt)],
          ]}
        />
      </Panel>
      <Panel id="panel-payment-session" title={t("panel.session")}>
        {payment ? (
          <DetailList
            rows={[
              [
                t("sessionId"),
                <span key="id" className="font-mono">
                  {payment.id}
                </span>,
              ],
              [
                t("status"),
                <span key="status" className="font-mono">
                  {payment.status}
                </span>,
              ],
              [
                t("method"),
                methodWords(tMethod, payment.method ?? order.method, payment.channel ?? order.channel),
              ],
              [t("walletPhone"), order.walletPhone && `${order.phoneCountryCode} ${order.walletPhone}`],
              [
                t("card"),
                payment.cardLast4 &&
                  t("cardEnding", { brand: payment.cardBrand ?? t("card"), last4: payment.cardLast4 }),
              ],
              [t("qrExpires"), when(payment.qrExpiresAt)],
              [t("failure"), payment.failureCode && <span className="font-mono">{payment.failureCode}</span>],
              [t("vaNumber"), payment.vaNumber && <span className="font-mono">{payment.vaNumber}</span>],
              [t("vaName"), payment.vaName],
              [t("expires"), when(payment.expiresAt)],
              [
                t("paymentPage"),
                payment.paymentUrl && (
                  <a href={payment.paymentUrl} className="text-brand-700 underline" rel="noreferrer">
                    {t("open")}
                  </a>
                ),
              ],
            ]}
          />
        ) : (
          <p className="text-sm text-ink-muted">{t("noSession")}</p>
        )}
        <OrderActions orderId={order.id} cancellable={isCancellableSession(payment?.status)} />
      </Panel>
      <div className="lg:col-span-2">
        <Panel id="panel-refunds" title={t("panel.refunds")}>
          <LatePaymentNotice orderId={order.id} refunds={refunds} />
          <OrderRefundsPanel orderId={order.id} refunds={refunds} />
        </Panel>
      </div>
      <OrderMessages orderId={order.id} />
      <div className="lg:col-span-2">
        <Panel id="panel-timeline" title={t("panel.timeline")}>
          <OrderTimeline entries={timeline} />
        </Panel>
      </div>
    </div>
  );
}
