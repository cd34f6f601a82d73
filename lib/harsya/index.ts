import "server-only";
import { env } from "@/lib/env";
import { HarsyaClient } from "./client";

export { HarsyaClient } from "./client";
export type { CallOptions, HarsyaClientOptions, PaymentList, SimulatePaymentInput } from "./client";
export { verifyCallbackKey } from "./callback-key";
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
export type { RetryPolicy } from "./transport";
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

// One client per process (kept across dev hot reloads) so every request shares one cached token.
const holder = globalThis as typeof globalThis & { __harsyaClient?: HarsyaClient };

/** The gateway client configured from the environment: the real gateway, or the embedded sandbox. */
export function harsyaClient(): HarsyaClient {
  if (!holder.__harsyaClient) {
    const { baseUrl, clientId, clientSecret, timeoutMs } = env().harsya;
    holder.__harsyaClient = new HarsyaClient({ baseUrl, clientId, clientSecret, timeoutMs });
  }
  return holder.__harsyaClient;
}
