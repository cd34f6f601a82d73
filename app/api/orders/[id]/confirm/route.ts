import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { findViewableOrder } from "@/lib/checkout";
import { confirmOrderMethod } from "@/lib/checkout/confirm";
import { checkoutDeps } from "@/lib/checkout/deps";
import { ConfirmInput } from "@/lib/checkout/input";
import { errorResponse, handler, jsonResponse, parseJsonBody } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const detail = await findViewableOrder((await params).id);
  if (!detail) return errorResponse({ code: "order_not_found", status: 404, message: "No such order." });
  const input = await parseJsonBody(request, ConfirmInput);
  if (!input.ok) return errorResponse(input.error);
  const confirmed = await confirmOrderMethod(await checkoutDeps(), detail.order.id, input.data.channel);
  if (!confirmed.ok) return errorResponse(confirmed.error);
  return jsonResponse(confirmed.data);
});
