"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Countdown } from "@/components/ui/countdown";
import { Price } from "@/components/ui/price";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { OrderAnswer, type OrderView } from "@/lib/api/schemas";
import { apiFetch } from "@/lib/api-client";
import { describeMethod } from "@/lib/checkout/payment-choice";
import { NO_MONEY_TAKEN, paymentFailureReason } from "@/lib/messages/payment-failures";
import { formatDateTime } from "@/lib/time";
import { cardLabel, MethodDetails } from "./method-details";
import { MethodChooser } from "./method-chooser";
import { pollInterval } from "./poll-interval";

const HEADINGS: Record<OrderView["status"], string> = {
  PAID: "Payment received",
  PENDING_PAYMENT: "Waiting for payment",
  FAILED: "Payment failed",
  EXPIRED: "Payment expired",
  CANCELLED: "Payment cancelled",
};

/**
 * The truth about an order, whatever page it is on: starts from the server-verified state and polls
 * the status API (which re-syncs with the gateway) until the order is final.
 */
export function OrderStatusPanel({
  initial,
  channels,
  vaHelp,
}: {
  initial: OrderView;
  channels: readonly string[];
  /** How to pay the order's virtual account, rendered on the server. */
  vaHelp?: ReactNode;
}) {
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
    <section className={`${card} flex flex-col gap-5 p-6`} aria-labelledby="payment-status-heading">
      <div className="flex flex-col gap-1">
        <p className="text-sm text-ink-muted">Order {order.reference}</p>
        <h1 id="payment-status-heading" className="text-2xl font-bold tracking-tight">
          {HEADINGS[order.status]}
        </h1>
      </div>
      <StatusBody order={order} channels={channels} vaHelp={vaHelp} />
    </section>
  );
}

function StatusBody({
  order,
  channels,
  vaHelp,
}: {
  order: OrderView;
  channels: readonly string[];
  vaHelp?: ReactNode;
}) {
  const amount = <Price amount={order.amount} className="font-semibold" />;
  const paidWith = order.card ? cardLabel(order.card) : describeMethod(order.method, order.channel);
  switch (order.status) {
    case "PAID":
      return (
        <>
          <p>
            Thank you! We received {amount}
            {order.paidAt ? ` on ${formatDateTime(new Date(order.paidAt))}` : ""}. Keep the order reference
            for any question about this order.
          </p>
          {order.method && <p className="text-sm text-ink-muted">Paid with {paidWith}.</p>}
          <Link href="/" className={buttonSecondary}>
            Continue shopping
          </Link>
        </>
      );
    case "FAILED":
      return (
        <>
          <p data-testid="failure-reason">
            {paymentFailureReason(order.failureCode)} {NO_MONEY_TAKEN}
          </p>
          <p className="text-sm text-ink-muted">
            {order.method ? `Tried with ${paidWith}. ` : ""}Your cart is still here: pay another way.
          </p>
          <Link href="/checkout" className={buttonPrimary}>
            Try another method
          </Link>
        </>
      );
    case "EXPIRED":
    case "CANCELLED":
      return (
        <>
          <p>
            {order.status === "EXPIRED"
              ? `The time to pay ran out before we received your payment.${order.method === "VIRTUAL_ACCOUNT" ? " Do not transfer to the old virtual account number." : ""}`
              : `This payment was cancelled.${order.method === "VIRTUAL_ACCOUNT" ? " Do not transfer to its virtual account number." : ""}`}
          </p>
          <Link href="/checkout" className={buttonPrimary}>
            Start a new order
          </Link>
        </>
      );
    case "PENDING_PAYMENT":
      return (
        <>
          {order.awaitingMethod ? (
            <>
              <p>
                Choose the bank you will pay {amount} from. You will get a virtual account number to transfer
                to. For QRIS, an e-wallet or a card, continue to the payment page.
              </p>
              <MethodChooser orderId={order.id} channels={channels} />
            </>
          ) : !order.paymentUrl ? (
            <>
              <p>
                We could not open the payment for this order, and nothing has been charged. Go back to the
                checkout to try again.
              </p>
              <Link href="/checkout" className={buttonPrimary}>
                Try again
              </Link>
            </>
          ) : (
            <>
              <p>
                We have not received your payment yet. This page updates by itself as soon as the bank tells
                us.
              </p>
              <MethodDetails order={order} vaHelp={vaHelp} />
            </>
          )}
          <p className="text-sm">
            Time left to pay: <Countdown until={order.expiresAt} />
          </p>
          {order.paymentUrl && order.method !== "EWALLET" && (
            <a href={order.paymentUrl} className={order.awaitingMethod ? buttonSecondary : buttonPrimary}>
              Continue to payment
            </a>
          )}
        </>
      );
  }
}
