import type { OrderAnswer } from "@/lib/api/schemas";
import { currentOrderView, findViewableOrder } from "@/lib/checkout";
import { errorResponse, handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

const notFound = { code: "order_not_found", status: 404, message: "No such order." };

export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const detail = await findViewableOrder((await params).id);
  if (!detail) return errorResponse(notFound);
  return jsonResponse({ order: await currentOrderView(detail) } satisfies OrderAnswer);
});
