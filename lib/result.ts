import type { MessageKey, MessageParams } from "./messages/errors";

/**
 * Every way a request can fail that the edge knows how to answer: lib/http.ts maps each code to an
 * HTTP status, and lib/messages/errors.ts holds the words. Clients and tests switch on the code.
 */
export type ErrorCode =
  | "validation_error"
  | "invalid_json"
  | "malformed_path"
  | "not_confirmed"
  | "internal_error"
  | "rate_limited"
  | "unauthenticated"
  | "unauthorized"
  | "forbidden"
  | "bad_origin"
  | "missing_origin"
  | "email_taken"
  | "password_account"
  | "product_not_found"
  | "line_not_found"
  | "quantity_too_large"
  | "insufficient_stock"
  | "cart_empty"
  | "amount_too_small"
  | "payment_in_progress"
  | "checkout_in_progress"
  | "order_closed"
  | "order_not_found"
  | "action_not_found"
  | "order_not_payable"
  | "qr_not_available"
  | "method_already_chosen"
  | "not_cancellable"
  | "session_mismatch"
  | "delivery_not_found"
  | "delivery_pending"
  | "delivery_not_pending"
  | "gateway_timeout"
  | "gateway_unavailable"
  | "gateway_bad_response"
  | "gateway_rejected"
  | "refund_not_allowed"
  | "refund_amount_invalid"
  | "refund_in_progress"
  | "refund_not_found"
  | "refund_gateway_unavailable"
  | "refund_rejected"
  | "late_payment_not_flagged"
  | "late_payment_resolved";

/** What is wrong with one field: a problem name ("required", "too_big", "tooShort"...) and its numbers. */
export interface FieldIssue {
  problem: string;
  values?: MessageParams;
}

/** An expected failure: a code, never an HTTP status or a sentence. */
export interface AppError {
  code: ErrorCode;
  /** Which words to show, when a code has variants (e.g. "sold_out" for insufficient_stock). */
  messageKey?: MessageKey;
  /** Values for the message's `{name}` places. */
  params?: MessageParams;
  /** Field name (dotted path) -> what is wrong with it, as a problem name (lib/i18n/validation.ts). */
  fields?: Record<string, FieldIssue>;
  /** True when the same request may succeed if simply tried again. */
  retryable?: boolean;
  /** For rate limits and busy answers: when to try again, sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** The order the answer is about, when it points the shopper to one (e.g. an open payment). */
  orderId?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });
