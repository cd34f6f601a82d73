import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { describePayment } from "@/components/payment/method-label";
import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import { listOrdersForUser, type AccountOrder } from "@/lib/account/orders";
import { requireUser } from "@/lib/auth/session";
import { database } from "@/lib/server/deps";
import { formatDateTime } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** How many lines a row names before "and 2 more items". */
const ITEMS_SHOWN = 3;

export default async function AccountOrdersPage() {
  const user = await requireUser("/account/orders");
  const [orders, t] = await Promise.all([
    listOrdersForUser(await database(), user.id),
    getTranslations("account"),
  ]);
  return (
    <section aria-labelledby="orders-heading" className="flex min-w-0 flex-col gap-6">
      <div className="min-w-0">
        <h1 id="orders-heading" className="text-2xl font-bold tracking-tight">
          {t("title")}
        </h1>
        <p className="text-sm break-words text-ink-muted">{t("intro", { email: user.email })}</p>
      </div>
      {orders.length === 0 ? (
        <div className={`${card} flex flex-col items-center gap-4 p-10 text-center`}>
          <p className="text-lg">{t("empty")}</p>
          <Link href="/" className={buttonPrimary}>
            {t("browse")}
          </Link>
        </div>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("listLabel")}>
          {orders.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
      )}
    </section>
  );
}

async function OrderRow({ order }: { order: AccountOrder }) {
  const [t, methodWords, locale] = await Promise.all([
    getTranslations("account"),
    getTranslations("payment.method"),
    getLocale(),
  ]);
  const shown = order.items.slice(0, ITEMS_SHOWN);
  const more = order.items.length - shown.length;
  const method = order.method
    ? t("method", {
        method: describePayment(methodWords, {
          method: order.method,
          channel: order.channel,
          vaLast4: order.vaLast4,
          card: order.cardLast4 ? { brand: order.cardBrand, last4: order.cardLast4 } : null,
        }),
      })
    : t("notChosen");
  return (
    <li className={`${card} flex min-w-0 flex-col gap-3 p-4`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <Link
            href={`/orders/${order.id}`}
            className="font-mono font-semibold break-all text-brand-700 underline"
          >
            {t("orderLink", { reference: order.reference })}
          </Link>
          <span className="text-sm text-ink-muted">
            {t("placedOn", { date: formatDateTime(order.createdAt, locale) })}
          </span>
        </div>
        <div className="flex items-center gap-4">
          {/* i18n-dynamic: account.status */}
          <OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />
          <Price amount={order.amount} className="font-semibold" />
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-1 text-sm">
        <ul className="flex flex-col" aria-label={t("items")} data-testid="order-items">
          {shown.map((item) => (
            <li key={item.name} className="wrap-anywhere">
              {item.name} <span className="text-ink-muted">× {item.quantity}</span>
            </li>
          ))}
          {more > 0 && <li className="text-ink-muted">{t("moreItems", { count: more })}</li>}
        </ul>
        <p className="text-ink-muted" data-testid="order-method">
          {method}
        </p>
      </div>
    </li>
  );
}
