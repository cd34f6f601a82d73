import type { AdminCommandAnswer } from "@/lib/api/schemas";
import { AdminCommand, runAdminCommand } from "@/lib/admin/commands";
import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; command: string }> };

/** POST /api/admin/orders/{id}/sync and /cancel: the dashboard's two actions on an order. */
export const POST = handler(async (request: Request, context: Context) => {
  const { id, command } = await context.params;
  const known = AdminCommand.safeParse(command);
  if (!known.success) {
    return errorResponse({ code: "action_not_found" });
  }
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const deps = await appDeps();
  const done = await runAdminCommand(deps, known.data, request, id, admin.data);
  deliverOutboxAfterResponse(deps);
  return done.ok ? jsonResponse(done.data satisfies AdminCommandAnswer) : errorResponse(done.error);
});
