/** Browser-side JSON calls to our own route handlers, each answer parsed with its schema. */
import { readErrorAnswer, type AnswerCheck } from "@/lib/api/answer-checks";
import en from "@/lib/i18n/messages/en/client.json";
import id from "@/lib/i18n/messages/id/client.json";

/**
 * The few sentences the browser writes itself (the server words every other answer), in the
 * page's language: `<html lang>` is the request's language (lib/i18n/locales.ts).
 */
// i18n-dynamic: client (read as properties, not by key)
function clientWords(): typeof en {
  return typeof document !== "undefined" && document.documentElement.lang === "en" ? en : id;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields: Record<string, string> = {},
    readonly retryable = false,
    /** The order the error points to (e.g. the cart's payment already in progress). */
    readonly orderId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** `check`: a shape check of lib/api/answer-checks.ts (no schema library shipped) or a zod schema. */
export async function apiFetch<T>(
  url: string,
  check: AnswerCheck<T>,
  init?: RequestInit & { json?: unknown },
): Promise<T> {
  const { json, ...rest } = init ?? {};
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      headers: {
        Accept: "application/json",
        ...(json !== undefined ? { "Content-Type": "application/json" } : {}),
        ...rest.headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError(clientWords().offline, 0, "network_error", {}, true);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readErrorAnswer(body);
    throw new ApiError(
      error.message ?? clientWords().failed,
      response.status,
      error.code ?? "unknown_error",
      error.fields,
      error.retryable ?? response.status >= 500,
      error.orderId,
    );
  }
  const parsed = check.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(clientWords().unreadable, response.status, "invalid_answer", {}, true);
  }
  return parsed.data;
}
