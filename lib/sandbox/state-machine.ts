import "server-only";
import type { KnownPaymentEvent, SimulationChargeStatus, VaChannel } from "@/lib/harsya/wire";
import { expiryTime, stampTime, type SandboxCharge, type SandboxSession } from "./session-object";

/**
 * The documented state machine of a SINGLE session, as pure functions: each takes a session
 * and answers the next one (plus the callback event to send), or says why it may not move.
 */

export type SandboxEvent = Extract<
  KnownPaymentEvent,
  "PAYMENT.PAID" | "PAYMENT.CANCELLED" | "PAYMENT.EXPIRED"
>;

export interface Change {
  session: SandboxSession;
  event?: SandboxEvent;
}

export type Refusal = { refused: string };

const OPEN_STATUSES = ["REQUIRE_PAYMENT_METHOD", "REQUIRE_CONFIRMATION", "REQUIRE_ACTION"] as const;
const AWAITING_METHOD = ["REQUIRE_PAYMENT_METHOD", "REQUIRE_CONFIRMATION"] as const;

export const isOpen = (session: SandboxSession) =>
  (OPEN_STATUSES as readonly string[]).includes(session.status);

/** Still waiting for the shopper or the merchant to choose a bank (cancellable, confirmable). */
export const isAwaitingMethod = (session: SandboxSession) =>
  (AWAITING_METHOD as readonly string[]).includes(session.status);

/** No method: the hosted page lets the shopper pick; method without autoConfirm: the merchant confirms. */
export function initialStatus(hasMethod: boolean, autoConfirm: boolean): SandboxSession["status"] {
  if (!hasMethod) return "REQUIRE_PAYMENT_METHOD";
  return autoConfirm ? "REQUIRE_ACTION" : "REQUIRE_CONFIRMATION";
}

export function isDue(session: SandboxSession, now: Date): boolean {
  return isOpen(session) && Date.parse(session.expiryAt) <= now.getTime();
}

export function newVaCharge(input: {
  id: string;
  session: SandboxSession;
  channel: VaChannel;
  number: string;
  name: string;
  now: Date;
}): SandboxCharge {
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
    virtualAccount: {
      channel: input.channel,
      virtualAccountNumber: input.number,
      virtualAccountName: input.name,
      // For a virtual account the charge expires with its session (as in the gateway's examples).
      expiryAt: input.session.expiryAt,
    },
  };
}

/** A charge is issued: the shopper now has a number to pay into. */
export function withCharge(session: SandboxSession, charge: SandboxCharge, now: Date): SandboxSession {
  return {
    ...session,
    status: "REQUIRE_ACTION",
    paymentMethod: { type: "VIRTUAL_ACCOUNT" },
    chargeDetails: [charge],
    updatedAt: stampTime(now),
  };
}

/** Past its expiry an open session is EXPIRED, and so is its charge. */
export function expire(session: SandboxSession, now: Date, expiredAt?: Date): Change {
  const stamp = stampTime(now);
  const expiryAt = expiredAt ? expiryTime(expiredAt) : session.expiryAt;
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
        virtualAccount: { ...charge.virtualAccount, expiryAt },
        failureCode: "CHARGE_EXPIRED",
        failureMessage: "VIRTUAL_ACCOUNT payment failed: VA number expired",
      })),
    },
  };
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
  if (session.status !== "REQUIRE_ACTION" || !session.chargeDetails?.length) {
    return {
      refused: `A ${session.status} payment session has no charge waiting for payment`,
    };
  }
  const stamp = stampTime(now);
  if (outcome === "SUCCESS") {
    return {
      event: "PAYMENT.PAID",
      session: {
        ...session,
        status: "PAID",
        updatedAt: stamp,
        chargeDetails: mapCharges(session, (charge) => ({
          ...charge,
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
  // A rejected charge ends a SINGLE session as CANCELLED with reason CHARGE_FAILED (harsya-api.md §5.3).
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
        status: "FAILED",
        updatedAt: stamp,
        failureCode: "DECLINED_BY_CHANNEL",
        failureMessage: "VIRTUAL_ACCOUNT payment failed: declined by the channel (sandbox simulation)",
      })),
    },
  };
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
