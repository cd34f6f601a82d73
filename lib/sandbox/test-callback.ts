import "server-only";
import { randomUUID } from "node:crypto";
import { PAYMENT_TEST_EVENT } from "@/lib/harsya/wire";
import { sandboxCallbacks } from "./schema";
import { deliverCallback, newCallbackClaim } from "./callbacks";
import type { SandboxDeps } from "./deps";

/**
 * The dashboard's "test callback": `{"event":"PAYMENT.TEST","data":{}}` to the callback URL with
 * the X-API-Key, recorded and delivered like any other callback. It belongs to no session; its row
 * gets a `test-…` id in that column so the log can tell it apart.
 */
export async function sendTestCallback(deps: SandboxDeps): Promise<void> {
  const db = await deps.db();
  const now = deps.now();
  const claim = newCallbackClaim(deps);
  const [row] = await db
    .insert(sandboxCallbacks)
    .values({
      sessionId: `test-${randomUUID()}`,
      event: PAYMENT_TEST_EVENT,
      url: deps.callbackUrl,
      status: "PENDING",
      payload: { event: PAYMENT_TEST_EVENT, data: {} },
      nextAttemptAt: now,
      claimedBy: claim.by,
      claimedUntil: claim.until,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: sandboxCallbacks.id });
  if (!row) return;
  deps.afterResponse(() =>
    deliverCallback(deps, row.id, claim.by).catch((error: unknown) => {
      console.error("[sandbox] test callback failed:", error instanceof Error ? error.message : error);
    }),
  );
}
