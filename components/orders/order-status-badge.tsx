import type { OrderStatus } from "@/lib/orders/state";

const TONES: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-warning-50 text-warning-700",
  PAID: "bg-success-50 text-success-700",
  EXPIRED: "bg-surface-sunken text-ink-muted",
  FAILED: "bg-danger-50 text-danger-700",
  CANCELLED: "bg-surface-sunken text-ink-muted",
};

/** The status as a coloured pill; `label` is the status in the page's language. */
export function OrderStatusBadge({ status, label }: { status: OrderStatus; label: string }) {
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {label}
    </span>
  );
}
