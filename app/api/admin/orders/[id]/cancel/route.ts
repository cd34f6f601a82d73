import { runAdminCommand } from "@/lib/admin/commands";
import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const done = await runAdminCommand("cancel", request, (await context.params).id, admin.data);
  return done.ok ? jsonResponse(done.data) : errorResponse(done.error);
});
