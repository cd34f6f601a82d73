import { appDeps } from "@/lib/server/deps";
import { reconcilePendingOrders } from "@/lib/checkout/reconcile";
import { env } from "@/lib/env";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { matchesSecret } from "@/lib/secret";
import { deliverOutbox } from "@/lib/server/outbox";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

/** Vercel Cron calls this with `Authorization: Bearer $CRON_SECRET`; without a secret it refuses everyone. */
export const GET = handler(async (request: Request) => {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!matchesSecret(token, env().cronSecret)) {
    return errorResponse({ code: "unauthorized" });
  }
  const deps = await appDeps();
  const report = await reconcilePendingOrders(deps);
  // Then what that run queued, and anything earlier deliveries left over (retries, crashes).
  return jsonResponse({ ...report, outbox: await deliverOutbox(deps) });
});
