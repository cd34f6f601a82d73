import type { ChargeFailureCode, PaymentMethodType } from "@/lib/harsya/wire";

/**
 * What a failed charge says: `failureCode`, a `failureMessage` templated "<METHOD> payment
 * failed: <reason>" as the docs describe, and a `recommendation` for the merchant. The docs give
 * the codes, not the sentences: these are the sandbox's words.
 */

export interface ChargeFailure {
  failureCode: ChargeFailureCode;
  failureMessage: string;
  recommendation: string;
}

const DEFAULTS: Record<ChargeFailureCode, { reason: string; recommendation: string }> = {
  DECLINED_BY_CHANNEL: {
    reason: "declined by the channel",
    recommendation: "Ask the customer to pay with another card or payment method.",
  },
  INVALID_ACCOUNT: {
    reason: "the account is marked invalid",
    recommendation: "Ask the customer to pay with another card or account.",
  },
  AUTHENTICATION_FAILED: {
    reason: "authentication was rejected by the issuer",
    recommendation: "Ask the customer to try again and complete the authentication, or pay another way.",
  },
  SUSPECTED_FRAUD: {
    reason: "stolen or potential fraud",
    recommendation: "Do not retry with this card; ask for another payment method.",
  },
  INSUFFICIENT_FUND: {
    reason: "insufficient balance",
    recommendation: "Ask the customer to top up, or pay with another method.",
  },
  CHANNEL_UNAVAILABLE: {
    reason: "the channel is unavailable",
    recommendation: "Try again later, or ask the customer to pay with another method.",
  },
  CANCELLED_BY_USER: {
    reason: "cancelled by the customer",
    recommendation: "Let the customer start the payment again if they wish.",
  },
  CHARGE_EXPIRED: {
    reason: "payment expired",
    recommendation: "Create a new payment session.",
  },
  BLOCKED_BY_FDS: {
    reason: "high risk, blocked by the fraud detection system",
    recommendation: "Do not retry; ask the customer for another payment method.",
  },
  REQUIRE_REVIEW: {
    reason: "held for manual review and not approved",
    recommendation: "Contact support before retrying this customer.",
  },
};

const EXPIRED_REASON: Record<PaymentMethodType, string> = {
  VIRTUAL_ACCOUNT: "VA number expired",
  QR: "QR expired",
  EWALLET: "payment expired",
  CARD: "payment expired",
};

/** The failure fields for a charge of `method`; `reason` overrides the code's usual wording. */
export function chargeFailure(
  method: PaymentMethodType,
  code: ChargeFailureCode,
  reason?: string,
): ChargeFailure {
  const text = DEFAULTS[code];
  const why = reason ?? (code === "CHARGE_EXPIRED" ? EXPIRED_REASON[method] : text.reason);
  return {
    failureCode: code,
    failureMessage: `${method} payment failed: ${why}`,
    recommendation: text.recommendation,
  };
}
