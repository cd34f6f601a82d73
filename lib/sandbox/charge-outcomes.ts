import "server-only";
import type { KnownPaymentEvent, PaymentMethodType } from "@/lib/harsya/wire";
import { chargeFailure, type ChargeFailure } from "./charge-failures";
import { expiryTime, stampTime, type SandboxCharge, type SandboxSession } from "./session-object";

/**
 * How a session's charge settles, as pure transitions of the state machine: paid, failed, expired,
 * or left processing by a partner. Each answers the next session and the callback event to send.
 */

export type SandboxEvent = Extract<
  KnownPaymentEvent,
  "PAYMENT.PROCESSING" | "PAYMENT.PAID" | "PAYMENT.CANCELLED" | "PAYMENT.EXPIRED"
>;

export interface Change {
  session: SandboxSession;
  event?: SandboxEvent;
}

/** The method of the session's charge (sessions made before methods existed are virtual accounts). */
export function methodOf(session: SandboxSession): PaymentMethodType {
  return session.paymentMethod?.type ?? "VIRTUAL_ACCOUNT";
}

/** When an open session runs out: at its expiry, or earlier when its QR code expires first. */
export function dueAt(session: SandboxSession): Date {
  const times = [Date.parse(session.expiryAt)];
  const qrExpiry = session.chargeDetails?.[0]?.qr?.expiryAt;
  if (qrExpiry) times.push(Date.parse(qrExpiry));
  return new Date(Math.min(...times));
}

/** Past its expiry an open session is EXPIRED, and so is its charge. */
export function expire(session: SandboxSession, now: Date, expiredAt: Date = dueAt(session)): Change {
  const stamp = stampTime(now);
  const expiryAt = expiryTime(expiredAt);
  const failure = chargeFailure(methodOf(session), "CHARGE_EXPIRED");
  return {
    event: "PAYMENT.EXPIRED",
    session: {
      ...session,
      status: "EXPIRED",
      expiryAt,
      updatedAt: stamp,
      chargeDetails: mapCharges(session, (charge) => ({
        ...charge,
        status: "EXPIRED",
        updatedAt: stamp,
        ...(charge.virtualAccount ? { virtualAccount: { ...charge.virtualAccount, expiryAt } } : {}),
        ...(charge.qr && Date.parse(charge.qr.expiryAt) > expiredAt.getTime()
          ? { qr: { ...charge.qr, expiryAt } }
          : {}),
        ...failure,
      })),
    },
  };
}

/** The charge succeeded: the session is PAID. `detail` adds what the payment revealed (card checks). */
export function pay(
  session: SandboxSession,
  now: Date,
  detail: (charge: SandboxCharge) => Partial<SandboxCharge> = () => ({}),
): Change {
  const stamp = stampTime(now);
  return {
    event: "PAYMENT.PAID",
    session: {
      ...session,
      status: "PAID",
      updatedAt: stamp,
      chargeDetails: mapCharges(session, (charge) => ({
        ...charge,
        ...detail(charge),
        status: "SUCCESS",
        authorizedAmount: charge.amount,
        capturedAmount: charge.amount,
        isCaptured: true,
        paidAt: stamp,
        updatedAt: stamp,
      })),
    },
  };
}

/** A rejected charge ends a SINGLE session as CANCELLED with reason CHARGE_FAILED (harsya-api.md §5.3). */
export function fail(
  session: SandboxSession,
  failure: ChargeFailure,
  now: Date,
  detail: (charge: SandboxCharge) => Partial<SandboxCharge> = () => ({}),
): Change {
  const stamp = stampTime(now);
  return {
    event: "PAYMENT.CANCELLED",
    session: {
      ...session,
      status: "CANCELLED",
      cancellationReason: "CHARGE_FAILED",
      cancelledAt: stamp,
      updatedAt: stamp,
      chargeDetails: mapCharges(session, (charge) => ({
        ...charge,
        ...detail(charge),
        status: "FAILED",
        updatedAt: stamp,
        ...failure,
      })),
    },
  };
}

/** The partner is still working on a confirmed charge (a pull payment): wait for its callback. */
export function startProcessing(session: SandboxSession, now: Date): Change {
  const stamp = stampTime(now);
  return {
    event: "PAYMENT.PROCESSING",
    session: {
      ...session,
      status: "PROCESSING",
      updatedAt: stamp,
      chargeDetails: mapCharges(session, (charge) => ({ ...charge, status: "PROCESSING", updatedAt: stamp })),
    },
  };
}

/** Changes each of the session's charges; a session with none yet keeps `chargeDetails` null. */
export function mapCharges(session: SandboxSession, change: (charge: SandboxCharge) => SandboxCharge) {
  return session.chargeDetails ? session.chargeDetails.map(change) : null;
}
