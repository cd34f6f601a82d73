import "server-only";
import { HarsyaError } from "@/lib/harsya";
import type { AppError } from "@/lib/result";

/**
 * How a gateway failure reaches the shopper: a code whose words say whether trying again is safe.
 * Nothing is lost either way: the order is stored before the gateway is called. `doing` is logged.
 */
export function gatewayFailure(error: unknown, doing: string): AppError {
  if (!(error instanceof HarsyaError)) throw error;
  console.warn(`[checkout] gateway failed while ${doing}:`, error.status, error.code, error.traceId ?? "");
  if (error.code === "invalid_response") {
    // A garbled answer (a proxy's error page, a cut-off body): nothing was decided on our side, and
    // every gateway call we retry is idempotent, so the shopper can simply try again.
    return { code: "gateway_bad_response", retryable: true };
  }
  if (error.retryable) {
    return { code: error.status === 0 ? "gateway_timeout" : "gateway_unavailable", retryable: true };
  }
  const detail = error.details[0]?.message;
  return {
    code: "gateway_rejected",
    ...(detail ? { messageKey: "gateway_rejected_detail", params: { detail } } : {}),
    retryable: false,
  };
}
