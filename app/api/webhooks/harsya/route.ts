import { appDeps } from "@/lib/server/deps";
import { handlePaymentCallback } from "@/lib/checkout/webhook";
import { handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

// Unexpected failures answer 500 through `handler`, which the gateway retries.
export const POST = handler(async (request: Request) => {
  const body: unknown = await request.json().catch(() => null);
  const result = await handlePaymentCallback(await appDeps(), {
    apiKey: request.headers.get("x-api-key"),
    body,
  });
  return jsonResponse(
    { received: result.httpStatus === 200, outcome: result.outcome },
    { status: result.httpStatus },
  );
});
