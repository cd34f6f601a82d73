import "server-only";
import type { OrderStatus } from "@/lib/orders/state";
import type { OrderDetail } from "./order-store";
import { isCancellableSession } from "./session-status";

/** What shoppers see of an order: JSON-safe, shared by the status API and the pages. */
export interface OrderView {
  id: string;
  reference: string;
  status: OrderStatus;
  amount: number;
  channel: string | null;
  vaNumber: string | null;
  vaName: string | null;
  /** ISO time the payment (and its VA number) stops being payable. */
  expiresAt: string;
  paidAt: string | null;
  paymentUrl: string | null;
  /** True when the session waits for the shopper to choose a bank (two-step confirm). */
  awaitingMethod: boolean;
  items: { name: string; quantity: number; unitPrice: number; lineTotal: number }[];
  createdAt: string;
}

export function orderView({ order, items, payment }: OrderDetail): OrderView {
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    amount: order.amount,
    channel: payment?.channel ?? order.channel,
    vaNumber: payment?.vaNumber ?? null,
    vaName: payment?.vaName ?? null,
    expiresAt: (payment?.expiresAt ?? order.expiresAt).toISOString(),
    paidAt: (order.paidAt ?? payment?.paidAt)?.toISOString() ?? null,
    paymentUrl: order.status === "PENDING_PAYMENT" ? (payment?.paymentUrl ?? null) : null,
    awaitingMethod:
      order.status === "PENDING_PAYMENT" &&
      isCancellableSession(payment?.status),
    items: items.map(({ name, quantity, unitPrice, lineTotal }) => ({
      name,
      quantity,
      unitPrice,
      lineTotal,
    })),
    createdAt: order.createdAt.toISOString(),
  };
}
