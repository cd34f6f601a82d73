import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { adminFulfilLatePayment } from "@/lib/refunds/admin";
import { appDeps } from "@/lib/server/deps";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** POST /api/admin/orders/{id}/late-payment: keep a payment that arrived after the order closed. */
export const POST = handler(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const done = await adminFulfilLatePayment(await appDeps(), request, id, admin.data);
  return done.ok ? jsonResponse(done.data) : errorResponse(done.error);
});
