import "server-only";
import { PaymentCallback, verifyCallbackKey } from "@/lib/harsya";
import {
  addOrderEvent,
  findOrderIdByReference,
  findOrderIdBySession,
  recordWebhookEvent,
} from "@/lib/orders/repository";
import type { CheckoutDeps } from "./deps";
import { syncOrder } from "./sync";

export interface CallbackOutcome {
  /** 200 acknowledges; 5xx makes the gateway retry; 4xx is final (not retried by the gateway). */
  httpStatus: number;
  outcome: string;
}

/**
 * A gateway callback. The key is checked in constant time (everything is refused when none is
 * configured); the body is only a hint: the order moves on what a fresh read of the session says.
 * Every callback is recorded, verified or not.
 */
export async function handlePaymentCallback(
  deps: CheckoutDeps,
  request: { apiKey: string | null; body: unknown },
): Promise<CallbackOutcome> {
  const verified = verifyCallbackKey(request.apiKey, deps.config.callbackApiKey);
  const parsed = PaymentCallback.safeParse(request.body);
  const event = parsed.success ? parsed.data.event : null;
  const sessionId = parsed.success ? parsed.data.data.id : null;
  const reference = parsed.success ? parsed.data.data.clientReferenceId : null;

  // Resolving the order is harmless for unverified callbacks and lets the timeline show them.
  const orderId =
    (sessionId ? await findOrderIdBySession(deps.db, sessionId) : undefined) ??
    (reference ? await findOrderIdByReference(deps.db, reference) : undefined);

  let result: CallbackOutcome;
  if (!verified) {
    result = { httpStatus: 401, outcome: "rejected: X-API-Key missing or wrong" };
  } else if (!parsed.success || !sessionId) {
    result = { httpStatus: 400, outcome: "rejected: body is not a payment callback" };
  } else if (!orderId) {
    // Not ours (another environment sharing the account, say): acknowledge so it is not retried.
    result = { httpStatus: 200, outcome: "ignored: no order for this session" };
  } else {
    const synced = await syncOrder(deps, orderId, {
      actor: "gateway",
      reason: `callback ${event}`,
      record: true,
    });
    result = synced.ok
      ? { httpStatus: 200, outcome: `applied: order is ${synced.data.status}` }
      : synced.error.retryable
        ? { httpStatus: 503, outcome: `retry: ${synced.error.code}` }
        : { httpStatus: 200, outcome: `not applied: ${synced.error.code}` };
  }

  await recordWebhookEvent(deps.db, {
    event,
    sessionId,
    orderId: orderId ?? null,
    verified,
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    // An unverified body is kept only as a hint for investigation, never acted on.
    payload: parsed.success ? parsed.data : null,
  });
  if (orderId) {
    await addOrderEvent(deps.db, {
      orderId,
      type: "CALLBACK_RECEIVED",
      message: `Callback ${event ?? "(unreadable)"} ${verified ? "with a valid key" : "with an INVALID key"}: ${result.outcome}.`,
      actor: "gateway",
      data: { event, verified, outcome: result.outcome, httpStatus: result.httpStatus },
    });
  }
  return result;
}
