import type { OrderAnswer } from "@/lib/api/schemas";
import { viewOrder } from "@/lib/checkout/status";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { deliverOutbox } from "@/lib/server/outbox";
import { currentLazyViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

const notFound = { code: "order_not_found" } as const;

// One indexed query answers the poll; a stale pending order is re-synced after the response, and
// when that ends it, what the change queued (the merchant's webhook) goes out right after.
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const deps = await appDeps();
  const order = await viewOrder(deps, (await params).id, await currentLazyViewer(), {
    afterChange: () => deliverOutbox(deps),
  });
  if (!order) return errorResponse(notFound);
  return jsonResponse({ order } satisfies OrderAnswer);
});
