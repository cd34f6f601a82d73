/** An expected failure, shaped for a JSON answer: `{ error: { code, message, fields? } }`. */
export interface AppError {
  /** Machine-readable, stable: clients and tests switch on it. */
  code: string;
  /** A sentence a shopper can act on. Never a stack trace. */
  message: string;
  /** HTTP status to answer with. */
  status: number;
  /** Field name (dotted path) -> what is wrong with it. */
  fields?: Record<string, string>;
  /** True when the same request may succeed if simply tried again. */
  retryable?: boolean;
  /** For 429 and 503: when to try again, sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** The order the answer is about, when it points the shopper to one (e.g. an open payment). */
  orderId?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: AppError): { ok: false; error: AppError } => ({ ok: false, error });
