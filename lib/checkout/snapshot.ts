import "server-only";
import { chargeMethod, type PaymentSession } from "@/lib/harsya";
import type { PaymentSnapshot } from "@/lib/payments/repository";

/**
 * What we store of a gateway session. The latest charge carries what the shopper needs to pay (VA
 * number, QR string, wallet, card digits) and, once it failed, why; the paid one carries the time.
 */
export function snapshotFromSession(session: PaymentSession): PaymentSnapshot {
  const charges = session.chargeDetails;
  const charge = charges.at(-1);
  const paid = charges.find((candidate) => candidate.status === "SUCCESS");
  const card = charge?.card;
  return {
    sessionId: session.id,
    status: session.status,
    cancellationReason: session.cancellationReason ?? null,
    chargeStatuses: charges.map((candidate) => candidate.status),
    paymentUrl: session.paymentUrl ?? null,
    autoConfirm: session.autoConfirm,
    method: (charge ? chargeMethod(charge) : null) ?? session.paymentMethod?.type ?? null,
    channel: charge?.virtualAccount?.channel ?? charge?.ewallet?.channel ?? null,
    vaNumber: charge?.virtualAccount?.virtualAccountNumber ?? null,
    vaName: charge?.virtualAccount?.virtualAccountName ?? null,
    expiresAt: charge?.virtualAccount?.expiryAt ?? session.expiryAt ?? null,
    qrContent: charge?.qr?.qrContent ?? null,
    qrExpiresAt: charge?.qr?.expiryAt ?? null,
    cardBrand: card?.binInformations?.brand ?? null,
    cardLast4: card?.last4 ?? null,
    failureCode: charge?.failureCode ?? null,
    paidAt: paid?.paidAt ?? (session.status === "PAID" ? (session.updatedAt ?? null) : null),
    raw: session,
  };
}
