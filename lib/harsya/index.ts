import "server-only";

export { HarsyaClient } from "./client";
export type { CallOptions, HarsyaClientOptions, PaymentList, SimulatePaymentInput } from "./client";
export { verifyCallbackKey } from "./callback-key";
export type { PaymentGateway } from "./gateway";
export { HarsyaError, isRetryableStatus } from "./errors";
export type { HarsyaErrorDetail } from "./errors";
export { isValidRequestId, requestIdFor } from "./request-id";
export {
  chargeMethod,
  isKnownSessionStatus,
  isTestCallback,
  parseGatewayTime,
  PaymentCallback,
  PaymentSessionCallback,
  PaymentSessionSchema,
  PaymentTestCallback,
} from "./session";
export type {
  Charge,
  ChargeCard,
  ChargeEwallet,
  ChargeQr,
  ChargeStatus,
  GatewayAmount,
  Pagination,
  PaymentSession,
  SessionStatus,
} from "./session";
export type { RefundList } from "./gateway";
export type { RetryPolicy } from "./transport";
export {
  fromRefundAmount,
  REFUND_METHODS,
  REFUND_REASONS,
  REFUND_STATUSES,
  toRefundAmount,
} from "./wire-refunds";
export type { CreateRefundRequest, Refund, RefundMethod, RefundReason, RefundStatus } from "./wire-refunds";
export {
  CARD_BRANDS,
  CHARGE_FAILURE_CODES,
  EWALLET_CHANNELS,
  KNOWN_CHARGE_STATUSES,
  KNOWN_PAYMENT_EVENTS,
  KNOWN_SESSION_STATUSES,
  MERCHANT_CANCELLATION_REASONS,
  PAYMENT_METHOD_TYPES,
  PAYMENT_TEST_EVENT,
  SIMULATION_CHARGE_STATUSES,
  THREE_DS_METHODS,
  VA_CHANNELS,
} from "./wire";
export type {
  Amount,
  CardBrand,
  ChargeFailureCode,
  ConfirmPaymentRequest,
  CreatePaymentRequest,
  EwalletChannel,
  KnownChargeStatus,
  KnownPaymentEvent,
  KnownSessionStatus,
  MerchantCancellationReason,
  PaymentMethodOptions,
  PaymentMethodType,
  SimulationChargeStatus,
  ThreeDsMethod,
  VaChannel,
} from "./wire";
