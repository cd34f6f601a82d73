import type { Pagination, PaymentSession } from "./session";
import type {
  Amount,
  ConfirmPaymentRequest,
  CreatePaymentRequest,
  MerchantCancellationReason,
  SimulationChargeStatus,
} from "./wire";
import type { CreateRefundRequest, Refund } from "./wire-refunds";

/** Per call: extra headers (e.g. the sandbox's `X-Sandbox-Fault`) and a caller's abort signal. */
export interface CallOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface PaymentList {
  items: PaymentSession[];
  pagination: Pagination;
}

export interface RefundList {
  items: Refund[];
  pagination: Pagination;
}

export interface SimulatePaymentInput {
  paymentSessionId: string;
  chargeStatus: SimulationChargeStatus;
  amount?: Amount;
}

/**
 * The gateway as the shop uses it: the one seam between our use cases and Harsya's API. The
 * HarsyaClient implements it over HTTP, against the real gateway or the embedded sandbox; tests
 * use the same client against a sandbox they start themselves.
 */
export interface PaymentGateway {
  createPayment(
    body: CreatePaymentRequest,
    options: { requestId: string } & CallOptions,
  ): Promise<PaymentSession>;
  getPayment(id: string, options?: CallOptions): Promise<PaymentSession>;
  listPayments(
    query: { clientReferenceId?: string; page?: number; perPage?: number },
    options?: CallOptions,
  ): Promise<PaymentList>;
  confirmPayment(id: string, body: ConfirmPaymentRequest, options?: CallOptions): Promise<PaymentSession>;
  cancelPayment(
    id: string,
    cancellationReason: MerchantCancellationReason,
    options?: CallOptions,
  ): Promise<PaymentSession>;
  /** Staging and the embedded sandbox only. */
  simulatePayment(body: SimulatePaymentInput, options?: CallOptions): Promise<{ updated: boolean }>;
  /** `POST /v1/refunds`; `requestId` is derived from our refund row so a retry refunds once. */
  createRefund(body: CreateRefundRequest, options: { requestId: string } & CallOptions): Promise<Refund>;
  getRefund(id: string, options?: CallOptions): Promise<Refund>;
  listRefunds(
    query: { clientReferenceId?: string; paymentSessionId?: string; page?: number; perPage?: number },
    options?: CallOptions,
  ): Promise<RefundList>;
}
