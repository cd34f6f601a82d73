import "server-only";
import type { PaymentMethodType, SimulationChargeStatus } from "@/lib/harsya/wire";
import { chargeFailure } from "./charge-failures";
import { dueAt, expire, fail, mapCharges, methodOf, pay, type Change } from "./charge-outcomes";
import { expiryTime, stampTime, type SandboxCharge, type SandboxSession } from "./session-object";

export { dueAt, expire, fail, methodOf, pay, startProcessing } from "./charge-outcomes";
export type { Change, SandboxEvent } from "./charge-outcomes";

/**
 * The documented state machine of a SINGLE session, as pure functions: each takes a session
 * and answers the next one (plus the callback event to send), or says why it may not move.
 */

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
