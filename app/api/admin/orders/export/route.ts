import { AdminOrderFilters } from "@/lib/admin/filters";
import { ordersCsvStream } from "@/lib/admin/export";
import { requireAdminApi } from "@/lib/auth/session";
import { errorResponse, handler } from "@/lib/http";
import { database } from "@/lib/server/deps";
import { jakartaDateStamp } from "@/lib/admin/period";

export const dynamic = "force-dynamic";

/** GET /api/admin/orders/export?status=&q=: the orders the list shows with those filters, as CSV. */
export const GET = handler(async (request: Request) => {
  const admin = await requireAdminApi(request);
  if (!admin.ok) return errorResponse(admin.error);
  const filters = AdminOrderFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const filename = `orders-${jakartaDateStamp(new Date())}.csv`;
  return new Response(ordersCsvStream(await database(), filters), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
