import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { pickLocale, type Locale } from "./i18n/locales";
import { requestLocale } from "./i18n/request";
import { fieldIssues, fieldSentences, PARSE_OPTIONS, validationSummary } from "./i18n/validation";
import { formatMessage, type MessageKey, type MessageParams } from "./messages/errors";
import type { AppError, ErrorCode, Result } from "./result";

/** The one table from an error code to the HTTP status it is answered with. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  invalid_json: 400,
  malformed_path: 400,
  not_confirmed: 422,
  internal_error: 500,
  rate_limited: 429,
  unauthenticated: 401,
  unauthorized: 401,
  forbidden: 403,
  bad_origin: 403,
  missing_origin: 403,
  email_taken: 409,
  password_account: 409,
  product_not_found: 404,
  line_not_found: 404,
  quantity_too_large: 400,
  insufficient_stock: 409,
  cart_empty: 422,
  amount_too_small: 422,
  payment_in_progress: 409,
  checkout_in_progress: 409,
  order_closed: 409,
  order_not_found: 404,
  action_not_found: 404,
  order_not_payable: 409,
  qr_not_available: 404,
  method_already_chosen: 409,
  not_cancellable: 422,
  session_mismatch: 409,
  delivery_not_found: 404,
  delivery_pending: 409,
  delivery_not_pending: 409,
  gateway_timeout: 504,
  gateway_unavailable: 503,
  gateway_bad_response: 502,
  gateway_rejected: 502,
  refund_not_allowed: 409,
  refund_amount_invalid: 422,
  refund_in_progress: 409,
  refund_not_found: 404,
  refund_gateway_unavailable: 503,
  refund_rejected: 502,
  late_payment_not_flagged: 409,
  late_payment_resolved: 409,
};

/** The sentence for an error, in the request's language (lib/i18n/messages/{id,en}/errors.json). */
export function errorMessage(error: AppError, locale: Locale): string {
  if (error.code === "validation_error" && !error.messageKey && error.fields) {
    return validationSummary(locale, error.fields);
  }
  return formatMessage(error.messageKey ?? error.code, error.params, locale);
}

export function validationError(error: z.ZodError): AppError {
  return { code: "validation_error", fields: fieldIssues(error) };
}

/** Reads a JSON body and validates it; malformed JSON is a 400 naming the body, never a 500. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Result<z.output<S>>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { code: "invalid_json", fields: { body: { problem: "invalid" } } },
    };
  }
  const parsed = schema.safeParse(body, PARSE_OPTIONS);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, error: validationError(parsed.error) };
}

/** Validates one path segment, naming it in the error (e.g. `productId`). */
export function parseParam<S extends z.ZodType>(
  value: unknown,
  schema: S,
  field: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(value, PARSE_OPTIONS);
  if (parsed.success) return { ok: true, data: parsed.data };
  const [issue] = Object.values(fieldIssues(parsed.error));
  return {
    ok: false,
    error: { code: "validation_error", fields: { [field]: issue ?? { problem: "invalid" } } },
  };
}

/** The language of this request's answers; outside a request (scripts), Indonesian. */
async function answerLocale(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    return pickLocale({});
  }
}

/** An error answered in the request's language: see `errorResponseIn`. */
export async function errorResponse(error: AppError, init?: ResponseInit): Promise<NextResponse> {
  return errorResponseIn(await answerLocale(), error, init);
}

/**
 * `{ error: { code, message, fields?, retryable?, orderId? } }` with the code's status: the
 * message and each field's sentence in `locale`. For the proxy, which has no request scope.
 */
export function errorResponseIn(locale: Locale, error: AppError, init?: ResponseInit): NextResponse {
  const { code, fields, retryable, retryAfterSeconds, orderId } = error;
  return NextResponse.json(
    {
      error: {
        code,
        message: errorMessage(error, locale),
        ...(fields ? { fields: fieldSentences(locale, fields) } : {}),
        ...(retryable ? { retryable } : {}),
        ...(orderId ? { orderId } : {}),
      },
    },
    {
      ...init,
      status: ERROR_STATUS[code],
      headers: {
        "Cache-Control": "no-store",
        ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}),
        ...init?.headers,
      },
    },
  );
}

/** A 429 answer for a refused rate limit, with `Retry-After`. */
export function tooManyRequests(
  retryAfterSeconds: number,
  messageKey: MessageKey = "rate_limited",
  params: MessageParams = { seconds: retryAfterSeconds },
): Promise<NextResponse> {
  return errorResponse({
    code: "rate_limited",
    messageKey,
    params,
    retryable: true,
    retryAfterSeconds,
  });
}

/**
 * The client's address for rate limits: the first `X-Forwarded-For` hop, which Vercel's edge and
 * `next start` both set from the connection. Never used for anything but counting.
 */
export function clientAddress(request: { headers: Pick<Headers, "get"> }): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

/** The body's size as its Content-Length claims, or null when none (or nonsense) is declared. */
export function declaredLength(request: Request): number | null {
  const value = request.headers.get("content-length")?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

export type CappedBody = { ok: true; text: string; bytes: number } | { ok: false; bytes: number };

/**
 * Reads a body as UTF-8 text, at most `maxBytes` of it. A declared Content-Length over the limit
 * is refused unread; otherwise the stream is counted as it arrives (a chunked body declares
 * nothing) and abandoned as soon as it passes the limit, so no more than about `maxBytes` is held.
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<CappedBody> {
  const declared = declaredLength(request);
  if (declared !== null && declared > maxBytes) return { ok: false, bytes: declared };
  if (!request.body) return { ok: true, text: "", bytes: 0 };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, bytes };
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(whole), bytes };
}

export function jsonResponse(data: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(data, {
    ...init,
    headers: { "Cache-Control": "no-store", ...init?.headers },
  });
}

/**
 * Wraps a route handler so an unexpected throw becomes a plain 500 JSON answer (logged on the
 * server with its stack, never sent to the client).
 */
export function handler<Args extends unknown[]>(
  fn: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      console.error("[route] unexpected error:", error);
      return errorResponse({ code: "internal_error", retryable: true });
    }
  };
}
