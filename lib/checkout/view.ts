import "server-only";
import type { OrderView } from "@/lib/api/schemas";
import type { OrderDetail } from "./order-store";
import { isCancellableSession } from "./session-status";

export type { OrderView };

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
    awaitingMethod: order.status === "PENDING_PAYMENT" && isCancellableSession(payment?.status),
    items: items.map(({ name, quantity, unitPrice, lineTotal }) => ({
      name,
      quantity,
      unitPrice,
      lineTotal,
    })),
    createdAt: order.createdAt.toISOString(),
  };
}
