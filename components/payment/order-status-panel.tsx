"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { card } from "@/components/ui/styles";
import { OrderAnswer, type OrderView } from "@/lib/api/schemas";
import { apiFetch } from "@/lib/api-client";
import { ClosedBody, PaidBody } from "./closed-body";
import { PendingBody } from "./pending-body";
import { pollInterval } from "./poll-interval";

/**
 * The truth about an order, whatever page it is on: starts from the server-verified state and polls
 * the status API (which re-syncs with the gateway) until the order is final.
 */
export function OrderStatusPanel({
  initial,
  channels,
  vaHelp,
  closedActions,
}: {
  initial: OrderView;
  channels: readonly string[];
  /** How to pay the order's virtual account, rendered on the server. */
  vaHelp?: ReactNode;
  /** What a failed, expired or cancelled order offers besides a new checkout, rendered on the server. */
  closedActions?: ReactNode;
}) {
  const t = useTranslations("payment");
  const [startedAt] = useState(() => Date.now());
  const { data: order } = useQuery({
    queryKey: ["order", initial.id],
    queryFn: () =>
      apiFetch(`/api/orders/${encodeURIComponent(initial.id)}`, OrderAnswer).then((body) => body.order),
    initialData: initial,
    refetchInterval: (query) =>
      pollInterval(query.state.data?.status ?? initial.status, Date.now() - startedAt),
    refetchIntervalInBackground: false,
    retry: 3,
  });

  return (
    <section
      className={`${card} flex min-w-0 flex-col gap-5 p-5 sm:p-6`}
      aria-labelledby="payment-status-heading"
    >
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
