import "server-only";
import { z } from "zod";
import { isStorableJson, text } from "@/lib/bounds";
import { verifyCallbackKey } from "@/lib/harsya";
import { findOrderIdByReference, recordWebhookEvent } from "@/lib/orders/repository";
import { findOrderIdBySession } from "@/lib/payments/repository";
import type { CheckoutDeps } from "./deps";
import { syncOrder } from "./sync";

/**
 * What we read of a callback: only which session it is about. The body is a hint, never proof, so
 * it is parsed leniently: a field our full schema would dislike must not make the gateway give up.
 * A body Postgres cannot store (NUL or broken Unicode anywhere: it is kept whole in webhook_events)
 * is no payment callback at all: no gateway sends one, and stripping would change the ids.
 */
const CallbackHint = z
  .looseObject({
    event: text().max(255).optional(),
    data: z.looseObject({ id: text().min(1).max(255), clientReferenceId: text().max(255).optional() }),
  })
  .refine(isStorableJson);

export interface CallbackOutcome {
  /** 200 acknowledges; 5xx makes the gateway retry; 4xx is final (not retried by the gateway). */
  httpStatus: number;
  outcome: string;
}

/**
 * A gateway callback. The key is checked in constant time (everything is refused when none is
 * configured); the body is only a hint: the order moves on what a fresh read of the session says.
 * Every callback is recorded, verified or not (webhook_events, which the merchant's timeline shows).
 */
export async function handlePaymentCallback(
  deps: CheckoutDeps,
  request: { apiKey: string | null; body: unknown },
): Promise<CallbackOutcome> {
  const verified = verifyCallbackKey(request.apiKey, deps.config.harsya.callbackApiKey);
  const parsed = CallbackHint.safeParse(request.body);
  const event = parsed.success ? (parsed.data.event ?? null) : null;
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
    // The callback itself is the timeline entry; its sync adds only the status change, if any.
    const synced = await syncOrder(deps, orderId, { actor: "gateway", reason: `callback ${event}` });
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
  return result;
}
