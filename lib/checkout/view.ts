import "server-only";
import type { OrderView } from "@/lib/api/schemas";
import type { OrderDetail } from "./order-store";
import { isCancellableSession } from "./session-status";

export type { OrderView };

/** Where the order's QRIS code is drawn (PNG, made on our server from the stored qrContent). */
export function qrImagePath(orderId: string): string {
  return `/api/orders/${encodeURIComponent(orderId)}/qr`;
}

export function orderView({ order, items, payment }: OrderDetail): OrderView {
  const pending = order.status === "PENDING_PAYMENT";
  const method = payment?.method ?? order.method;
  const qrPayable = pending && method === "QR" && payment?.qrContent;
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    amount: order.amount,
    method,
    channel: payment?.channel ?? order.channel,
    walletPhone: order.walletPhone,
    vaNumber: payment?.vaNumber ?? null,
    vaName: payment?.vaName ?? null,
    expiresAt: (payment?.expiresAt ?? order.expiresAt).toISOString(),
    paidAt: (order.paidAt ?? payment?.paidAt)?.toISOString() ?? null,
    paymentUrl: pending ? (payment?.paymentUrl ?? null) : null,
    qr: qrPayable
      ? {
          imageUrl: qrImagePath(order.id),
          downloadUrl: `${qrImagePath(order.id)}?download=1`,
          expiresAt: (payment.qrExpiresAt ?? payment.expiresAt ?? order.expiresAt).toISOString(),
        }
      : null,
    card: payment?.cardLast4 ? { brand: payment.cardBrand, last4: payment.cardLast4 } : null,
    failureCode: order.status === "FAILED" ? (payment?.failureCode ?? null) : null,
    awaitingMethod: pending && isCancellableSession(payment?.status),
    items: items.map(({ name, quantity, unitPrice, lineTotal }) => ({
      name,
      quantity,
      unitPrice,
      lineTotal,
    })),
    createdAt: order.createdAt.toISOString(),
  };
}
