import type { OrderStatus } from "@/lib/orders/state";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  EXPIRED: "Expired",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

const TONES: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-warning-50 text-warning-700",
  PAID: "bg-success-50 text-success-700",
  EXPIRED: "bg-surface-sunken text-ink-muted",
  FAILED: "bg-danger-50 text-danger-700",
  CANCELLED: "bg-surface-sunken text-ink-muted",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
