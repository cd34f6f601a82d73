import "server-only";

export { HarsyaClient } from "./client";
export type { CallOptions, HarsyaClientOptions, PaymentList, SimulatePaymentInput } from "./client";
export { verifyCallbackKey } from "./callback-key";
export type { PaymentGateway } from "./gateway";
export { HarsyaError, isRetryableStatus } from "./errors";
export type { HarsyaErrorDetail } from "./errors";
export { isValidRequestId, requestIdFor } from "./request-id";
export { isKnownSessionStatus, parseGatewayTime, PaymentCallback, PaymentSessionSchema } from "./session";
export type {
  Charge,
  ChargeStatus,
  GatewayAmount,
  Pagination,
  PaymentSession,
  SessionStatus,
} from "./session";
export type { RetryPolicy } from "./transport";
export {
  KNOWN_CHARGE_STATUSES,
  KNOWN_PAYMENT_EVENTS,
  KNOWN_SESSION_STATUSES,
  MERCHANT_CANCELLATION_REASONS,
  PAYMENT_METHOD_TYPES,
  SIMULATION_CHARGE_STATUSES,
  VA_CHANNELS,
} from "./wire";
export type {
  Amount,
  ConfirmPaymentRequest,
  CreatePaymentRequest,
  KnownChargeStatus,
  KnownPaymentEvent,
  KnownSessionStatus,
  MerchantCancellationReason,
  PaymentMethodOptions,
  PaymentMethodType,
  SimulationChargeStatus,
  VaChannel,
} from "./wire";
