import type { OrderStatus } from "@/lib/orders/state";

/**
 * How often a status page asks again: twice a second just after the shopper comes back (when the
 * answer usually turns), about every second for the first minute, then slower; never once final.
 * A poll is one indexed read; the gateway is asked at most once a second per order whatever the
 * number of polls (lib/checkout/status.ts).
 */
export function pollInterval(status: OrderStatus, elapsedMs: number): number | false {
  if (status !== "PENDING_PAYMENT") return false;
  if (elapsedMs < 10_000) return 500;
  if (elapsedMs < 60_000) return 1_000;
  if (elapsedMs < 5 * 60_000) return 3_000;
  return 10_000;
}

/** What the order page shows of an order, in short: a poll answer that differs asks for a new render. */
export interface OrderFacts {
  status: OrderStatus;
  method: string | null;
  channel: string | null;
  vaNumber: string | null;
  paymentUrl: string | null;
  awaitingMethod: boolean;
  qr: { expiresAt: string } | null;
  card: { last4: string } | null;
  failureCode: string | null;
  paidAt: string | null;
  expiresAt: string;
}

export function orderFingerprint(order: OrderFacts): string {
  return JSON.stringify([
    order.status,
    order.method,
    order.channel,
    order.vaNumber,
    order.paymentUrl,
    order.awaitingMethod,
    order.qr?.expiresAt ?? null,
    order.card?.last4 ?? null,
    order.failureCode,
    order.paidAt,
    order.expiresAt,
  ]);
}
