import "server-only";
import { z } from "zod";
import { isStorableJson, text } from "@/lib/bounds";
import { PaymentTestCallback, verifyCallbackKey } from "@/lib/harsya";
import type { CappedBody } from "@/lib/http";
import { recordWebhookEvent } from "@/lib/orders/repository";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { callbackIdOf, processCallback, processSoon, storeCallback } from "./callback-inbox";
import type { CheckoutDeps } from "./deps";

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
  /** 200 acknowledges; 5xx (and 429) make the gateway retry; other 4xx are final (not retried). */
  httpStatus: number;
  outcome: string;
  /** With 429: when the caller may try again. */
  retryAfterSeconds?: number;
}

/** What the route hands over: the headers that matter, and the body only on request. */
export interface IncomingCallback {
  apiKey: string | null;
  /** The caller's address: the subject of the rate limit, and part of a rejected callback's summary. */
  clientAddress: string;
  /** Content-Length as declared, or null: all that is recorded of an unverified callback's body. */
  declaredBytes: number | null;
  /** Reads the body, giving up past `maxBytes`; called only once the key is verified. */
  readBody(maxBytes: number): Promise<CappedBody>;
}

export interface CallbackOptions {
  /**
   * Runs the inbox entry's processing after the answer (the route passes Next.js `after()`), so
   * the gateway is acknowledged at once. Without it the callback is applied before answering.
   */
  defer?: (task: () => Promise<unknown>) => void;
}

/**
 * The most a callback body may hold. A real one is a full payment session object, a few KB; this
 * leaves room for large metadata and charge lists, and refuses anything like a flood.
 */
export const CALLBACK_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Callbacks refused for their key, per client address. The gateway never sends one, so this only
 * meets probes and a misconfigured key; its 429 is one the gateway retries (harsya-api.md §7.4).
 */
export const REJECTED_CALLBACKS_RULE: RateLimitRule = {
  name: "webhook-rejected",
  limit: 20,
  windowSeconds: 10 * 60,
};

/** Addresses are recorded only when they look like one (IPv4 or IPv6), and never longer than that. */
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * A gateway callback. The key is checked first, in constant time (everything is refused when none
 * is configured): a callback without the right key is rate-limited per address and recorded only
 * as a summary, its body never read. A verified body is read up to CALLBACK_BODY_LIMIT_BYTES and is
 * only a hint: the order moves on what a fresh read of the session says.
 */
export async function handlePaymentCallback(
  deps: CheckoutDeps,
  request: IncomingCallback,
  options: CallbackOptions = {},
): Promise<CallbackOutcome> {
  const clientAddress = ADDRESS.test(request.clientAddress) ? request.clientAddress : null;
  const refusal = keyRefusal(request.apiKey, deps.config.harsya.callbackApiKey);
  if (refusal) {
    const verdict = await hitRateLimit(deps.db, REJECTED_CALLBACKS_RULE, request.clientAddress);
    if (!verdict.allowed) {
      return {
        httpStatus: 429,
        outcome: "rejected: too many callbacks with a wrong key from this address",
        retryAfterSeconds: verdict.retryAfterSeconds,
      };
    }
    const result = { httpStatus: 401, outcome: `rejected: ${refusal}` };
    await recordWebhookEvent(deps.db, {
      verified: false,
      ...result,
      clientAddress,
      bodyBytes: request.declaredBytes,
    });
    return result;
  }

  const body = await request.readBody(CALLBACK_BODY_LIMIT_BYTES);
  if (!body.ok) {
    const result = { httpStatus: 413, outcome: `rejected: body over ${CALLBACK_BODY_LIMIT_BYTES} bytes` };
    await recordWebhookEvent(deps.db, { verified: true, ...result, clientAddress, bodyBytes: body.bytes });
    return result;
  }

  const json = parseJson(body.text);
  if (PaymentTestCallback.safeParse(json).success) {
    // The dashboard's test: it names no session, so it is acknowledged and changes nothing.
    const result = { httpStatus: 200, outcome: "acknowledged: test callback" };
    await recordWebhookEvent(deps.db, {
      event: "PAYMENT.TEST",
      verified: true,
      ...result,
      clientAddress,
      bodyBytes: body.bytes,
    });
    return result;
  }
  const parsed = CallbackHint.safeParse(json);
  if (!parsed.success) {
    const result = { httpStatus: 400, outcome: "rejected: body is not a payment callback" };
    await recordWebhookEvent(deps.db, {
      verified: true,
      ...result,
      clientAddress,
      bodyBytes: body.bytes,
    });
    return result;
  }

  // Written before the answer (a replay is the same row), acted on after it: see ./callback-inbox.ts.
  const hint = {
    event: parsed.data.event ?? null,
    sessionId: parsed.data.data.id,
    reference: parsed.data.data.clientReferenceId ?? null,
  };
  const entry = await storeCallback(deps.db, {
    callbackId: callbackIdOf(body.text),
    hint,
    payload: parsed.data,
    clientAddress,
    bodyBytes: body.bytes,
  });
  if (!entry.pending) return { httpStatus: 200, outcome: "acknowledged: already applied" };
  if (options.defer) {
    const subject = `${hint.event?.startsWith("REFUND.") ? "refund" : "payment"}:${hint.sessionId}`;
    options.defer(() => processSoon(deps, { id: entry.id, subject }));
    return { httpStatus: 200, outcome: "received: applied after this answer" };
  }
  const applied = await processCallback(deps, entry.id);
  return { httpStatus: 200, outcome: applied?.outcome ?? "acknowledged: already applied" };
}

/** Why a key is refused (says nothing about the expected key), or null when it matches. */
function keyRefusal(received: string | null, expected: string): string | null {
  if (verifyCallbackKey(received, expected)) return null;
  if (!expected) return "no callback key is configured";
  return received ? "wrong X-API-Key" : "no X-API-Key";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
