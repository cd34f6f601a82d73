import "server-only";
import { z } from "zod";
import { HarsyaError, isRetryableStatus } from "./errors";

/** How often and how patiently a safe call is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 2_000 };

export interface Transport {
  baseUrl: string;
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Sent on every request (tests use it for the sandbox's fault-injection header). */
  headers: Record<string, string>;
}

export interface GatewayRequest {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only reads, token requests and creates carrying `X-REQUEST-ID` are safe to send twice. */
  retry: boolean;
  signal?: AbortSignal;
}

export interface GatewayReply {
  status: number;
  data: unknown;
  pagination: unknown;
}

const EnvelopeSchema = z.object({
  code: z.union([z.string(), z.number().transform(String)]).optional(),
  message: z.string().nullish(),
  data: z.unknown().optional(),
  pagination: z.unknown().optional(),
  error: z
    .object({
      type: z.string().nullish(),
      details: z
        .array(z.object({ field: z.unknown().optional(), message: z.unknown().optional() }))
        .nullish()
        .catch(null),
      traceId: z.string().nullish(),
      trace_id: z.string().nullish(),
    })
    .nullish()
    .catch(null),
  traceId: z.string().nullish(),
  trace_id: z.string().nullish(),
});
type Envelope = z.infer<typeof EnvelopeSchema>;

// What to call a failure whose body is not the gateway's envelope (a proxy's HTML page, say).
const CODE_BY_STATUS: Record<number, string> = {
  400: "api_validation_error",
  401: "credentials_invalid",
  404: "not_found",
  408: "request_timeout",
  429: "frequency_above_limit",
  500: "internal_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
};

/** Sends one call, retrying transient failures of safe calls with capped, jittered backoff. */
export async function callGateway(transport: Transport, request: GatewayRequest): Promise<GatewayReply> {
  const attempts = request.retry ? Math.max(1, transport.retry.attempts) : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendOnce(transport, request);
    } catch (error) {
      if (!(error instanceof HarsyaError) || !error.retryable || attempt >= attempts) throw error;
      if (request.signal?.aborted) throw error;
      await transport.sleep(backoff(transport, attempt, error));
    }
  }
}

function backoff(transport: Transport, attempt: number, error: HarsyaError) {
  const { baseDelayMs, maxDelayMs } = transport.retry;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  // Half fixed, half random: clients that failed together do not retry together.
  const delay = ceiling / 2 + transport.random() * (ceiling / 2);
  return Math.min(maxDelayMs, Math.max(delay, error.retryAfterMs ?? 0));
}

async function sendOnce(transport: Transport, request: GatewayRequest): Promise<GatewayReply> {
  const url = new URL(transport.baseUrl.replace(/\/+$/, "") + request.path);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const timeout = AbortSignal.timeout(transport.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const label = `${request.method} ${request.path}`;

  let status: number;
  let text: string;
  let retryAfter: string | null;
  try {
    const response = await transport.fetch(url, {
      method: request.method,
      headers: {
        Accept: "application/json",
        ...(request.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...transport.headers,
        ...request.headers,
      },
      body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
      signal,
      cache: "no-store",
    });
    status = response.status;
    retryAfter = response.headers.get("retry-after");
    // The time-out covers the body too: a gateway that stalls mid-answer is cut off as well.
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) {
      throw new HarsyaError(
        { message: `${label} was cancelled`, status: 0, code: "aborted", retryable: false },
        { cause: error },
      );
    }
    if (timeout.aborted) {
      throw new HarsyaError(
        {
          message: `${label} got no answer within ${transport.timeoutMs} ms`,
          status: 0,
          code: "timeout",
          retryable: true,
        },
        { cause: error },
      );
    }
    throw new HarsyaError(
      { message: `${label} could not reach the gateway`, status: 0, code: "network_error", retryable: true },
      { cause: error },
    );
  }

  const envelope = parseEnvelope(text);
  if (status >= 200 && status < 300 && envelope?.code === "00") {
    return { status, data: envelope.data, pagination: envelope.pagination };
  }
  const retryAfterMs = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  throw failureFrom(label, status, envelope, retryAfterMs);
}

function parseEnvelope(text: string): Envelope | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = EnvelopeSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

function failureFrom(
  label: string,
  status: number,
  envelope: Envelope | undefined,
  retryAfterMs: number | undefined,
): HarsyaError {
  if (!envelope) {
    const transient = !(status >= 200 && status < 300) && isRetryableStatus(status);
    return new HarsyaError({
      message: `${label} answered HTTP ${status} with a body that is not the gateway's JSON envelope`,
      status,
      code: transient ? (CODE_BY_STATUS[status] ?? "internal_error") : "invalid_response",
      retryable: transient,
      retryAfterMs,
    });
  }
  const details = (envelope.error?.details ?? []).map((detail) => ({
    field: typeof detail.field === "string" ? detail.field : "",
    message: typeof detail.message === "string" ? detail.message : "",
  }));
  const ok = status >= 200 && status < 300;
  return new HarsyaError({
    message: `${label} failed: ${envelope.message ?? `HTTP ${status}`}`,
    status,
    code: envelope.code ?? CODE_BY_STATUS[status] ?? "invalid_response",
    type: envelope.error?.type ?? undefined,
    details,
    traceId:
      envelope.error?.traceId ??
      envelope.error?.trace_id ??
      envelope.traceId ??
      envelope.trace_id ??
      undefined,
    // A 2xx with an error code is the gateway telling us something definite, not a glitch.
    retryable: !ok && isRetryableStatus(status),
    retryAfterMs,
  });
}
