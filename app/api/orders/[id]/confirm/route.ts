import type { PaymentPageAnswer } from "@/lib/api/schemas";
import { refuseForeignOrigin } from "@/lib/auth/same-origin";
import { confirmOrderMethod } from "@/lib/checkout/confirm";
import { ConfirmInput } from "@/lib/checkout/input";
import { errorResponse, handler, jsonResponse, parseJsonBody } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";
import { currentViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const input = await parseJsonBody(request, ConfirmInput);
  if (!input.ok) return errorResponse(input.error);
  const deps = await appDeps();
  const confirmed = await confirmOrderMethod(deps, {
    orderId: (await params).id,
    viewer: await currentViewer(),
    channel: input.data.channel,
  });
  deliverOutboxAfterResponse(deps);
  if (!confirmed.ok) return errorResponse(confirmed.error);
  return jsonResponse(confirmed.data satisfies PaymentPageAnswer);
});
