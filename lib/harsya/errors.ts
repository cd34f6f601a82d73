/** One field the gateway refused, named as in the request (e.g. `amount.value`). */
export interface HarsyaErrorDetail {
  field: string;
  message: string;
}

export interface HarsyaErrorInit {
  message: string;
  /** HTTP status; 0 when no answer came back (network error, time-out) or the call was refused locally. */
  status: number;
  /** The gateway's `code` (e.g. `credentials_invalid`), or ours: `network_error`, `timeout`, `invalid_response`, `invalid_request`. */
  code: string;
  type?: string;
  details?: HarsyaErrorDetail[];
  traceId?: string;
  retryable: boolean;
  /** How long the gateway asked us to wait (`Retry-After`), when it said. */
  retryAfterMs?: number;
}

/** Every failure of a gateway call, whatever went wrong: callers switch on `code` and `retryable`. */
export class HarsyaError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type?: string;
  readonly details: HarsyaErrorDetail[];
  readonly traceId?: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: HarsyaErrorInit, options?: { cause?: unknown }) {
    super(init.message, options);
    this.name = "HarsyaError";
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.details = init.details ?? [];
    this.traceId = init.traceId;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** The documented transient statuses: time-out, throttling and every server-side failure. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
