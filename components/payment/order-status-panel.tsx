import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { card } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { ClosedBody, PaidBody } from "./closed-body";
import { OrderPoller } from "./order-poller";
import { PendingBody } from "./pending-body";
import { orderFingerprint } from "./poll-interval";

/**
 * The truth about an order, whatever page it is on: rendered on the server from the verified
 * state; while it is pending, a small island polls the status API (which re-syncs with the
 * gateway) and asks for a new render when the answer changes, until the order is final.
 */
export async function OrderStatusPanel({
  order,
  channels,
  vaHelp,
  closedActions,
}: {
  order: OrderView;
  channels: readonly string[];
  /** How to pay the order's virtual account. */
  vaHelp?: ReactNode;
  /** What a failed, expired or cancelled order offers besides a new checkout. */
  closedActions?: ReactNode;
}) {
  const t = await getTranslations("payment");
  return (
    <section
      className={`${card} flex min-w-0 flex-col gap-5 p-5 sm:p-6`}
      aria-labelledby="payment-status-heading"
    >
      <OrderPoller orderId={order.id} status={order.status} fingerprint={orderFingerprint(order)} />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-sm break-all text-ink-muted">
          {t("orderReference", { reference: order.reference })}
        </p>
        <h1 id="payment-status-heading" className="text-2xl font-bold tracking-tight">
          {/* i18n-dynamic: payment.headings */}
          {t(`headings.${order.status}`)}
        </h1>
      </div>
      {order.status === "PENDING_PAYMENT" ? (
        <PendingBody order={order} channels={channels} vaHelp={vaHelp} />
      ) : order.status === "PAID" ? (
        <PaidBody order={order} />
      ) : (
        <ClosedBody order={order} actions={closedActions} />
      )}
    </section>
  );
}
