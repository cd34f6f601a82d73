import type { OrderAnswer } from "@/lib/api/schemas";
import { viewOrder } from "@/lib/checkout/status";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { deliverOutboxAfterResponse } from "@/lib/server/outbox";
import { currentViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

const notFound = { code: "order_not_found" } as const;

export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const deps = await appDeps();
  const order = await viewOrder(deps, (await params).id, await currentViewer());
  // Viewing re-syncs a stale pending order, which may end it.
  deliverOutboxAfterResponse(deps);
  if (!order) return errorResponse(notFound);
  return jsonResponse({ order } satisfies OrderAnswer);
});
