import "server-only";
import { HarsyaError } from "./errors";
import type { CallOptions, PaymentGateway, PaymentList, RefundList, SimulatePaymentInput } from "./gateway";

export type { CallOptions, PaymentList, SimulatePaymentInput } from "./gateway";
import { read } from "./read";
import { refundCalls } from "./refund-calls";
import { isValidRequestId } from "./request-id";
import {
  AccessTokenSchema,
  PaginationSchema,
  PaymentSessionSchema,
  SimulationResultSchema,
  type PaymentSession,
} from "./session";
import { AccessTokenCache } from "./token";
import {
  callGateway,
  DEFAULT_RETRY,
  type GatewayRequest,
  type RetryPolicy,
  type Transport,
} from "./transport";
import type { ConfirmPaymentRequest, CreatePaymentRequest, MerchantCancellationReason } from "./wire";
import type { CreateRefundRequest, Refund } from "./wire-refunds";

export interface HarsyaClientOptions {
  /** e.g. https://api-stg.pivot-payment.com, or the embedded sandbox's `${APP_URL}/sandbox`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per attempt, body included. Default 10 000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  /** Clock for the token's lifetime (milliseconds since the epoch). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Extra headers on every request, the token request included. */
  headers?: Record<string, string>;
}

/**
 * The gateway's Payment Session v2 API, typed. Reads, token requests and creates (which always
 * carry `X-REQUEST-ID`) are retried on network errors, 408, 429 and 5xx; confirm, cancel and
 * simulate are sent once, since a lost answer may hide a change that did happen.
 */
export class HarsyaClient implements PaymentGateway {
  private readonly transport: Transport;
  private readonly tokens: AccessTokenCache;

  constructor(options: HarsyaClientOptions) {
    this.transport = {
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 10_000,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      fetch: options.fetch ?? fetch,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
      headers: options.headers ?? {},
    };
    this.tokens = new AccessTokenCache(async () => {
      const reply = await callGateway(this.transport, {
        method: "POST",
        path: "/v1/access-token",
        headers: { "X-MERCHANT-ID": options.clientId, "X-MERCHANT-SECRET": options.clientSecret },
        body: { grantType: "client_credentials" },
        retry: true,
      });
      return read(AccessTokenSchema, reply.data, reply.status, "access token");
    }, options.now ?? Date.now);
  }

  async createPayment(
    body: CreatePaymentRequest,
    options: { requestId: string } & CallOptions,
  ): Promise<PaymentSession> {
    if (!isValidRequestId(options.requestId)) {
      throw new HarsyaError({
        message: "X-REQUEST-ID must be 16 to 36 letters and digits",
        status: 0,
        code: "invalid_request",
        details: [{ field: "X-REQUEST-ID", message: "must be 16 to 36 letters and digits" }],
        retryable: false,
      });
    }
    return this.session({
      method: "POST",
      path: "/v2/payments",
      body,
      headers: { ...options.headers, "X-REQUEST-ID": options.requestId },
      signal: options.signal,
      retry: true,
    });
  }

  getPayment(id: string, options: CallOptions = {}): Promise<PaymentSession> {
    return this.session({ method: "GET", path: sessionPath(id), ...options, retry: true });
  }

  async listPayments(
    query: { clientReferenceId?: string; page?: number; perPage?: number },
    options: CallOptions = {},
  ): Promise<PaymentList> {
    const reply = await this.authorized({
      method: "GET",
      path: "/v2/payments",
      query,
      ...options,
      retry: true,
    });
    const items = read(PaymentSessionSchema.array(), reply.data ?? [], reply.status, "payment list");
    const pagination =
      reply.pagination === undefined || reply.pagination === null
        ? {
            page: query.page ?? 1,
            perPage: query.perPage ?? items.length,
            totalItems: items.length,
            totalPages: items.length > 0 ? 1 : 0,
          }
        : read(PaginationSchema, reply.pagination, reply.status, "pagination");
    return { items, pagination };
  }

  confirmPayment(
    id: string,
    body: ConfirmPaymentRequest,
    options: CallOptions = {},
  ): Promise<PaymentSession> {
    return this.session({
      method: "POST",
      path: `${sessionPath(id)}/confirm`,
      body,
      ...options,
      retry: false,
    });
  }

  cancelPayment(
    id: string,
    cancellationReason: MerchantCancellationReason,
    options: CallOptions = {},
  ): Promise<PaymentSession> {
    return this.session({
      method: "POST",
      path: `${sessionPath(id)}/cancel`,
      body: { cancellationReason },
      ...options,
      retry: false,
    });
  }

  /** Staging and the embedded sandbox only: settle a session as if the shopper paid (or did not). */
  async simulatePayment(
    body: SimulatePaymentInput,
    options: CallOptions = {},
  ): Promise<{ updated: boolean }> {
    const reply = await this.authorized({
      method: "POST",
      path: "/v2/payments/simulations",
      body,
      ...options,
      retry: false,
    });
    return read(SimulationResultSchema, reply.data, reply.status, "simulation result");
  }

  /** `POST /v1/refunds`, with `X-REQUEST-ID` so a retry replays instead of refunding twice. */
  createRefund(body: CreateRefundRequest, options: { requestId: string } & CallOptions): Promise<Refund> {
    return refundCalls((request) => this.authorized(request)).create(body, options);
  }

  getRefund(id: string, options: CallOptions = {}): Promise<Refund> {
    return refundCalls((request) => this.authorized(request)).get(id, options);
  }

  listRefunds(
    query: { clientReferenceId?: string; paymentSessionId?: string; page?: number; perPage?: number },
    options: CallOptions = {},
  ): Promise<RefundList> {
    return refundCalls((request) => this.authorized(request)).list(query, options);
  }

  private async session(request: GatewayRequest): Promise<PaymentSession> {
    const reply = await this.authorized(request);
    return read(PaymentSessionSchema, reply.data, reply.status, "payment session");
  }

  /**
   * Adds the bearer token; a token the gateway no longer accepts is renewed once and the call sent
   * again. Any 401 counts: the documented code is `credentials_invalid`, but the docs also show
   * numeric codes, and one extra token request is cheap.
   */
  private async authorized(request: GatewayRequest) {
    const token = await this.tokens.get();
    try {
      return await callGateway(this.transport, withToken(request, token));
    } catch (error) {
      if (!(error instanceof HarsyaError) || error.status !== 401) {
        throw error;
      }
      this.tokens.invalidate(token);
      return callGateway(this.transport, withToken(request, await this.tokens.get()));
    }
  }
}

function withToken(request: GatewayRequest, token: string): GatewayRequest {
  return { ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } };
}

function sessionPath(id: string): string {
  if (id.trim() === "") {
    throw new HarsyaError({
      message: "A payment session id is required",
      status: 0,
      code: "invalid_request",
      retryable: false,
    });
  }
  return `/v2/payments/${encodeURIComponent(id)}`;
}
