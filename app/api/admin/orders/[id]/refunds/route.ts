import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { adminRequestRefund } from "@/lib/refunds/admin";
import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** POST /api/admin/orders/{id}/refunds: the merchant refunds an order, in full or in part. */
export const POST = handler(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const deps = await appDeps();
  const done = await adminRequestRefund(deps, request, id, admin.data);
  deliverOutboxAfterResponse(deps);
  return done.ok ? jsonResponse(done.data) : errorResponse(done.error);
});
