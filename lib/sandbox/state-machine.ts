import "server-only";
import type { KnownPaymentEvent, PaymentMethodType, SimulationChargeStatus } from "@/lib/harsya/wire";
import { chargeFailure, type ChargeFailure } from "./charge-failures";
import { expiryTime, stampTime, type SandboxCharge, type SandboxSession } from "./session-object";

/**
 * The documented state machine of a SINGLE session, as pure functions: each takes a session
 * and answers the next one (plus the callback event to send), or says why it may not move.
 */

export type SandboxEvent = Extract<
  KnownPaymentEvent,
  "PAYMENT.PROCESSING" | "PAYMENT.PAID" | "PAYMENT.CANCELLED" | "PAYMENT.EXPIRED"
>;

export interface Change {
  session: SandboxSession;
  event?: SandboxEvent;
}

export type Refusal = { refused: string };

const OPEN_STATUSES = [
  "REQUIRE_PAYMENT_METHOD",
  "REQUIRE_CONFIRMATION",
  "REQUIRE_ACTION",
  "PROCESSING",
] as const;
const AWAITING_METHOD = ["REQUIRE_PAYMENT_METHOD", "REQUIRE_CONFIRMATION"] as const;

/** Not final yet: the shopper can still pay, and the session can still expire. */
export const isOpen = (session: SandboxSession) =>
  (OPEN_STATUSES as readonly string[]).includes(session.status);

/** Still waiting for the shopper or the merchant to choose a method (cancellable, confirmable). */
export const isAwaitingMethod = (session: SandboxSession) =>
  (AWAITING_METHOD as readonly string[]).includes(session.status);

/** No method: the hosted page lets the shopper pick; method without autoConfirm: the merchant confirms. */
export function initialStatus(hasMethod: boolean, autoConfirm: boolean): SandboxSession["status"] {
  if (!hasMethod) return "REQUIRE_PAYMENT_METHOD";
  return autoConfirm ? "REQUIRE_ACTION" : "REQUIRE_CONFIRMATION";
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

export function isDue(session: SandboxSession, now: Date): boolean {
  return isOpen(session) && dueAt(session).getTime() <= now.getTime();
}

/** What every charge carries, whatever its method; the method's own detail is added by the caller. */
export function baseCharge(input: { id: string; session: SandboxSession; now: Date }): SandboxCharge {
  const stamp = stampTime(input.now);
  return {
    id: input.id,
    paymentSessionId: input.session.id,
    paymentSessionClientReferenceId: input.session.clientReferenceId,
    amount: input.session.amount,
    statementDescriptor: input.session.statementDescriptor,
    status: "WAITING_FOR_USER_ACTION",
    authorizedAmount: null,
    capturedAmount: null,
    isCaptured: false,
    createdAt: stamp,
    updatedAt: stamp,
    paidAt: null,
  };
}

/** A charge is issued: the shopper now has something to pay (a number, a code, a wallet, a card form). */
export function withCharge(
  session: SandboxSession,
  type: PaymentMethodType,
  charge: SandboxCharge,
  now: Date,
): SandboxSession {
  return {
    ...session,
    status: "REQUIRE_ACTION",
    paymentMethod: { type },
    chargeDetails: [charge],
    updatedAt: stampTime(now),
  };
}

/** A step of the shopper's that changes the charge but not the outcome (no callback). */
export function updateCharge(
  session: SandboxSession,
  change: (charge: SandboxCharge) => SandboxCharge,
  now: Date,
): Change {
  const stamp = stampTime(now);
  return {
    session: {
      ...session,
      updatedAt: stamp,
      chargeDetails: mapCharges(session, (charge) => ({ ...change(charge), updatedAt: stamp })),
    },
  };
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

/** A charge the shopper can still pay (or a partner is still processing). */
export function hasOpenCharge(session: SandboxSession): boolean {
  return (
    (session.status === "REQUIRE_ACTION" || session.status === "PROCESSING") &&
    Boolean(session.chargeDetails?.length)
  );
}

/** The outcome of `/v2/payments/simulations` or a button on the hosted page. */
export function simulate(
  session: SandboxSession,
  outcome: SimulationChargeStatus,
  now: Date,
): Change | Refusal {
  if (outcome === "EXPIRED") {
    if (!isOpen(session)) return { refused: `A ${session.status} payment session cannot expire` };
    return expire(session, now, now);
  }
  if (!hasOpenCharge(session)) {
    return {
      refused: `A ${session.status} payment session has no charge waiting for payment`,
    };
  }
  if (outcome === "SUCCESS") return pay(session, now);
  return fail(
    session,
    chargeFailure(methodOf(session), "DECLINED_BY_CHANNEL", "declined by the channel (sandbox simulation)"),
    now,
  );
}

/** `/cancel` works only before a charge exists; the gateway then overwrites `expiryAt` with the time. */
export function cancel(session: SandboxSession, reason: string, now: Date): Change | Refusal {
  if (!isAwaitingMethod(session)) {
    return {
      refused: `A ${session.status} payment session cannot be cancelled; only REQUIRE_PAYMENT_METHOD and REQUIRE_CONFIRMATION can`,
    };
  }
  const stamp = stampTime(now);
  return {
    event: "PAYMENT.CANCELLED",
    session: {
      ...session,
      status: "CANCELLED",
      cancellationReason: reason,
      cancelledAt: stamp,
      expiryAt: expiryTime(now),
      updatedAt: stamp,
    },
  };
}

function mapCharges(session: SandboxSession, change: (charge: SandboxCharge) => SandboxCharge) {
  return session.chargeDetails ? session.chargeDetails.map(change) : null;
}
