import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { paymentFailureKey } from "@/lib/messages/payment-failures";
import { formatRupiah } from "@/lib/money";
import { formatDateTime } from "@/lib/time";
import { methodLabeller } from "./method-label";

/** A paid order: what was paid, with what and when. */
export async function PaidBody({ order }: { order: OrderView }) {
  const [t, locale, methodLabel] = await Promise.all([
    getTranslations("payment.paid"),
    getLocale(),
    methodLabeller(),
  ]);
  const amount = formatRupiah(order.amount);
  return (
    <>
      <p>
        {order.paidAt
          ? t("receivedOn", { amount, date: formatDateTime(new Date(order.paidAt), locale) })
          : t("received", { amount })}{" "}
        {t("keepReference")}
      </p>
      {order.method && <p className="font-medium">{t("with", { method: methodLabel(order) })}</p>}
      <Link href="/" className={`${buttonSecondary} self-start`}>
        {t("continueShopping")}
      </Link>
    </>
  );
}

/**
 * A failed, expired or cancelled order. `actions` is the slot for what may follow (e.g. paying the
 * same order again), rendered by the page on the server.
 */
export async function ClosedBody({ order, actions }: { order: OrderView; actions?: ReactNode }) {
  const [t, methodLabel] = await Promise.all([getTranslations("payment"), methodLabeller()]);
  const va = order.method === "VIRTUAL_ACCOUNT";
  if (order.status === "FAILED") {
    return (
      <>
        <p data-testid="failure-reason">
          {/* i18n-dynamic: payment.failures */}
          {t(`failures.${paymentFailureKey(order.failureCode)}`)} {t("failures.noMoneyTaken")}
        </p>
        <p className="text-sm text-ink-muted">
          {order.method ? `${t("failed.triedWith", { method: methodLabel(order) })} ` : ""}
          {t("failed.cartStillHere")}
        </p>
        <div className="flex flex-wrap gap-3">
          {actions}
          <Link href="/checkout" className={buttonPrimary}>
            {t("failed.tryAnother")}
          </Link>
        </div>
      </>
    );
  }
  const expired = order.status === "EXPIRED";
  return (
    <>
      <p>
        {expired ? t("closed.expired") : t("closed.cancelled")}
        {va ? ` ${expired ? t("closed.expiredVa") : t("closed.cancelledVa")}` : ""}
      </p>
      <div className="flex flex-wrap gap-3">
        {actions}
        <Link href="/checkout" className={buttonPrimary}>
          {t("closed.startNew")}
        </Link>
      </div>
    </>
  );
}
