import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";
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
// only after the key is checked, through a byte cap (lib/checkout/webhook.ts).
export const POST = handler(async (request: Request) => {
  const deps = await appDeps();
  const result = await handlePaymentCallback(deps, {
    apiKey: request.headers.get("x-api-key"),
    clientAddress: clientAddress(request),
    declaredBytes: declaredLength(request),
    readBody: (maxBytes) => readCappedBody(request, maxBytes),
  });
  // A callback is what usually ends an order: its webhook goes out right after this answer.
  deliverOutboxAfterResponse(deps);
  if (result.retryAfterSeconds !== undefined) {
    return tooManyRequests(result.retryAfterSeconds, "callbacks_rate_limited");
  }
  return jsonResponse(
    { received: result.httpStatus === 200, outcome: result.outcome },
    { status: result.httpStatus },
  );
});
