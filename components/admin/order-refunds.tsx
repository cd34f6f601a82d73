import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { bankName } from "@/lib/banks";
import type { Messages } from "@/lib/i18n/catalogue";
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

// i18n-dynamic: admin.refunds.reason
// i18n-dynamic: admin.refunds.status
type RefundWords = Messages["admin"]["refunds"];
type ReasonCode = keyof RefundWords["reason"];
type StatusCode = keyof RefundWords["status"];

/** The order's refund state beside its status: "Refunded" or "Partially refunded". */
export async function RefundStateBadge({ refunds }: { refunds: OrderRefunds }) {
  if (!refunds.state) return null;
  const t = await getTranslations("admin.refunds");
  return (
    <span className="inline-flex rounded-full bg-surface-sunken px-2.5 py-0.5 text-xs font-semibold text-ink">
      {t(`state.${refunds.state}`)}
    </span>
  );
}

/** A payment that arrived after the order closed, until a person refunds it or fulfils the order. */
export async function LatePaymentNotice({ orderId, refunds }: { orderId: string; refunds: OrderRefunds }) {
  const { flagged, resolution } = refunds.latePayment;
  if (!flagged) return null;
  const [t, locale] = await Promise.all([getTranslations("admin.refunds"), getLocale()]);
  if (resolution) {
    return (
      <p className="text-sm text-ink-muted">
        {t("lateSettled", {
          how: resolution.resolution === "FULFIL" ? t("lateFulfilled") : t("lateRefunded"),
          actor: resolution.actor,
          date: formatDateTime(resolution.at, locale),
        })}
      </p>
    );
  }
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-warning-700/30 bg-warning-50 p-4"
    >
      <p className="text-sm font-medium">{t("lateNotice")}</p>
      <RefundAction orderId={orderId} action="fulfil" />
    </div>
  );
}

/** The refunds of an order, what is left to refund, and the Refund form. */
export async function OrderRefundsPanel({ orderId, refunds }: { orderId: string; refunds: OrderRefunds }) {
  const [t, locale] = await Promise.all([getTranslations("admin.refunds"), getLocale()]);
  // The gateway's codes in words; a code the catalogue does not know is shown as it came.
  const status = (code: string) =>
    t.has(`status.${code as StatusCode}`) ? t(`status.${code as StatusCode}`) : code;
  const reason = (code: string) =>
    t.has(`reason.${code as ReasonCode}`) ? t(`reason.${code as ReasonCode}`) : code;
  const open = refunds.refunds.some((refund) => !["SUCCESS", "FAILED", "CANCELLED"].includes(refund.status));
  return (
    <div className="flex flex-col gap-3">
      <DetailList
        rows={[
          [t("refundedTotal"), <Price key="refunded" amount={refunds.refunded} />],
          [t("leftToRefund"), <Price key="left" amount={refunds.refundable} />],
          [t("refundMethod"), refunds.method === "TRANSFER_ONLY" ? t("transfer") : t("auto")],
        ]}
      />
      {refunds.refunds.length > 0 && (
        <ul className="flex flex-col gap-2 text-sm" aria-label={t("list")}>
          {refunds.refunds.map((refund) => (
            <li
              key={refund.id}
              className="rounded border border-surface-line p-2"
              data-refund-status={refund.status}
            >
              <p>
                <span className="font-mono text-xs">{refund.clientReferenceId}</span>{" "}
                <Price amount={refund.amount} />{" "}
                <span className={`font-semibold ${TONE[refund.status] ?? ""}`}>{status(refund.status)}</span>
              </p>
              <p className="text-xs text-ink-muted">
                {reason(refund.reason)}
                {refund.description ? `: ${refund.description}` : ""} ·{" "}
                {t("askedBy", { actor: refund.requestedBy, date: formatDateTime(refund.createdAt, locale) })}
                {refund.accountNumber
                  ? ` · ${t("to", {
                      bank: bankName(refund.bankCode ?? ""),
                      account: refund.accountNumber,
                      name: refund.accountName ?? "",
                    })}`
                  : ""}
              </p>
              {refund.failureReason && (
                <p className="text-xs text-danger-700">{t("gateway", { reason: refund.failureReason })}</p>
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
        <p className="text-sm text-ink-muted">{t("onlyPaid")}</p>
      )}
      {open && <RefundAction orderId={orderId} action="sync" />}
    </div>
  );
}
