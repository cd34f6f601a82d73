import "server-only";
import { HarsyaError } from "@/lib/harsya";
import type { AppError } from "@/lib/result";

/**
 * How a gateway failure reaches the shopper: a sentence that says whether trying again is safe.
 * Nothing is lost either way: the order is stored before the gateway is called.
 */
export function gatewayFailure(error: unknown, doing: string): AppError {
  if (!(error instanceof HarsyaError)) throw error;
  console.warn(`[checkout] gateway failed while ${doing}:`, error.status, error.code, error.traceId ?? "");
  if (error.code === "invalid_response") {
    // A garbled answer (a proxy's error page, a cut-off body): nothing was decided on our side, and
    // every gateway call we retry is idempotent, so the shopper can simply try again.
    return {
      code: "gateway_bad_response",
      status: 502,
      message:
        "The payment service sent an answer we could not read. Your order is saved and you have not been charged: it is safe to try again.",
      retryable: true,
    };
  }
  if (error.retryable) {
    return {
      code: error.status === 0 ? "gateway_timeout" : "gateway_unavailable",
      status: error.status === 0 ? 504 : 503,
      message:
        "The payment service is not answering right now. Your order is saved and you have not been charged: please try again in a moment.",
      retryable: true,
    };
  }
  return {
    code: "gateway_rejected",
    status: 502,
    message: `The payment service could not ${doing}${error.details[0] ? ` (${error.details[0].message})` : ""}. You have not been charged. Please contact us if this keeps happening.`,
    retryable: false,
  };
}
