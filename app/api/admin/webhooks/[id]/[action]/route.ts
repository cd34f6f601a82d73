import { z } from "zod";
import type { WebhookActionAnswer } from "@/lib/api/schemas";
import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { runWebhookAction, WEBHOOK_ACTIONS } from "@/lib/merchant-webhooks/admin";
import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; action: string }> };

const Action = z.enum(WEBHOOK_ACTIONS);

/** POST /api/admin/webhooks/{id}/resend and /give-up: the deliveries page's actions. */
export const POST = handler(async (request: Request, context: Context) => {
  const { id, action } = await context.params;
  const known = Action.safeParse(action);
  if (!known.success) return errorResponse({ code: "action_not_found" });
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const deps = await appDeps();
  const done = await runWebhookAction(deps, id, known.data);
  if (!done.ok) return errorResponse(done.error);
  // A resent webhook goes out right after this answer.
  deliverOutboxAfterResponse(deps);
  return jsonResponse(done.data satisfies WebhookActionAnswer);
});
