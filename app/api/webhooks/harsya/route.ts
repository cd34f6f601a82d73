import { appDeps } from "@/lib/server/deps";
import { deliverOutbox, outboxDeps } from "@/lib/server/outbox";
import { runAfterResponse } from "@/lib/checkout/after-response";
import { handlePaymentCallback } from "@/lib/checkout/webhook";
import {
  clientAddress,
  declaredLength,
  handler,
  jsonResponse,
  readCappedBody,
  tooManyRequests,
} from "@/lib/http";

export const dynamic = "force-dynamic";

// Unexpected failures answer 500 through `handler`, which the gateway retries. The body is read
// only after the key is checked, through a byte cap (lib/checkout/webhook.ts). A verified callback
// is written to the inbox and acknowledged; the gateway is re-read and the order moved after the
// answer, and the webhook that change queued goes out right after that.
export const POST = handler(async (request: Request) => {
  const deps = await appDeps();
  const result = await handlePaymentCallback(
    deps,
    {
      apiKey: request.headers.get("x-api-key"),
      clientAddress: clientAddress(request),
      declaredBytes: declaredLength(request),
      readBody: (maxBytes) => readCappedBody(request, maxBytes),
    },
    {
      defer: (task) =>
        runAfterResponse(async () => {
          await task();
          if (Object.keys(outboxDeps(deps).senders).length > 0) await deliverOutbox(deps);
        }, "applying a callback"),
    },
  );
  if (result.retryAfterSeconds !== undefined) {
    return tooManyRequests(result.retryAfterSeconds, "callbacks_rate_limited");
  }
  return jsonResponse(
    { received: result.httpStatus === 200, outcome: result.outcome },
    { status: result.httpStatus },
  );
});
