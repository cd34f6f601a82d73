import type { OrderAnswer } from "@/lib/api/schemas";
import { viewOrder } from "@/lib/checkout/status";
import { errorResponse, handler, jsonResponse } from "@/lib/http";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

const notFound = { code: "order_not_found" } as const;

export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const order = await viewOrder(await appDeps(), (await params).id, await currentViewer());
  if (!order) return errorResponse(notFound);
  return jsonResponse({ order } satisfies OrderAnswer);
});
