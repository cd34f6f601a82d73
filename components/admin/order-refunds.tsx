import { Price } from "@/components/ui/price";
import { bankName } from "@/lib/banks";
import { REFUND_REASON_WORDS, REFUND_STATE_WORDS, REFUND_STATUS_WORDS } from "@/lib/refunds/rules";
import type { OrderRefunds } from "@/lib/refunds/view";
import { formatDateTime } from "@/lib/time";
import { DetailList } from "./detail-list";
import { RefundAction } from "./refund-buttons";
import { RefundForm } from "./refund-form";

const TONE: Record<string, string> = {
  SUCCESS: "text-success-700",
  FAILED: "text-danger-700",
  CANCELLED: "text-ink-muted",
};

/** The order's refund state beside its status: "Refunded" or "Partially refunded". */
export function RefundStateBadge({ refunds }: { refunds: OrderRefunds }) {
  if (!refunds.state) return null;
  return (
    <span className="inline-flex rounded-full bg-surface-sunken px-2.5 py-0.5 text-xs font-semibold text-ink">
      {REFUND_STATE_WORDS[refunds.state]}
    </span>
  );
}

/** A payment that arrived after the order closed, until a person refunds it or fulfils the order. */
export function LatePaymentNotice({ orderId, refunds }: { orderId: string; refunds: OrderRefunds }) {
  const { flagged, resolution } = refunds.latePayment;
  if (!flagged) return null;
  if (resolution) {
    return (
      <p className="text-sm text-ink-muted">
        Paid after close: settled ({resolution.resolution === "FULFIL" ? "fulfilled anyway" : "refunded"}) by{" "}
        {resolution.actor} on {formatDateTime(resolution.at)}.
      </p>
    );
  }
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-warning-700/30 bg-warning-50 p-4"
    >
      <p className="text-sm font-medium">
        Paid after close: the gateway took this payment after the order was closed. Refund the shopper (below)
        or fulfil the order anyway.
      </p>
      <RefundAction orderId={orderId} action="fulfil" />
    </div>
  );
}

/** The refunds of an order, what is left to refund, and the Refund form. */
export function OrderRefundsPanel({ orderId, refunds }: { orderId: string; refunds: OrderRefunds }) {
  const open = refunds.refunds.some((refund) => !["SUCCESS", "FAILED", "CANCELLED"].includes(refund.status));
  return (
    <div className="flex flex-col gap-3">
      <DetailList
        rows={[
          ["Refunded total", <Price key="refunded" amount={refunds.refunded} />],
          ["Left to refund", <Price key="left" amount={refunds.refundable} />],
          [
            "Refund method",
            refunds.method === "TRANSFER_ONLY"
              ? "Bank transfer (TRANSFER_ONLY)"
              : "To the card or e-wallet (AUTO)",
          ],
        ]}
      />
      {refunds.refunds.length > 0 && (
        <ul className="flex flex-col gap-2 text-sm" aria-label="Refunds">
          {refunds.refunds.map((refund) => (
            <li
              key={refund.id}
              className="rounded border border-surface-line p-2"
              data-refund-status={refund.status}
            >
              <p>
                <span className="font-mono text-xs">{refund.clientReferenceId}</span>{" "}
                <Price amount={refund.amount} />{" "}
                <span className={`font-semibold ${TONE[refund.status] ?? ""}`}>
                  {REFUND_STATUS_WORDS[refund.status] ?? refund.status}
                </span>
              </p>
              <p className="text-xs text-ink-muted">
                {REFUND_REASON_WORDS[refund.reason] ?? refund.reason}
                {refund.description ? `: ${refund.description}` : ""} · asked by {refund.requestedBy} on{" "}
                {formatDateTime(refund.createdAt)}
                {refund.accountNumber
                  ? ` · to ${bankName(refund.bankCode ?? "")} ${refund.accountNumber} (${refund.accountName ?? ""})`
                  : ""}
              </p>
              {refund.failureReason && (
                <p className="text-xs text-danger-700">Gateway: {refund.failureReason}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {refunds.canRefund ? (
        <RefundForm
          orderId={orderId}
          refundable={refunds.refundable}
          transfer={refunds.method === "TRANSFER_ONLY"}
        />
      ) : (
        <p className="text-sm text-ink-muted">Only a paid order can be refunded.</p>
      )}
      {open && <RefundAction orderId={orderId} action="sync" />}
    </div>
  );
}
