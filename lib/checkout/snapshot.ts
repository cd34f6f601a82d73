import "server-only";
import type { PaymentSession } from "@/lib/harsya";
import type { PaymentSnapshot } from "@/lib/payments/repository";

/** What we store of a gateway session: the latest charge carries the VA number and the payment time. */
export function snapshotFromSession(session: PaymentSession): PaymentSnapshot {
  const charges = session.chargeDetails;
  const charge = charges.at(-1);
  const paid = charges.find((candidate) => candidate.status === "SUCCESS");
  return {
    sessionId: session.id,
    status: session.status,
    cancellationReason: session.cancellationReason ?? null,
    chargeStatuses: charges.map((candidate) => candidate.status),
    paymentUrl: session.paymentUrl ?? null,
    autoConfirm: session.autoConfirm,
    channel: charge?.virtualAccount?.channel ?? null,
    vaNumber: charge?.virtualAccount?.virtualAccountNumber ?? null,
    vaName: charge?.virtualAccount?.virtualAccountName ?? null,
    expiresAt: charge?.virtualAccount?.expiryAt ?? session.expiryAt ?? null,
    paidAt: paid?.paidAt ?? (session.status === "PAID" ? (session.updatedAt ?? null) : null),
    raw: session,
  };
}
