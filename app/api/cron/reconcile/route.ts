import { timingSafeEqual } from "node:crypto";
import { checkoutDeps } from "@/lib/checkout/deps";
import { reconcilePendingOrders } from "@/lib/checkout/reconcile";
import { env } from "@/lib/env";
import { errorResponse, handler, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

function authorized(header: string | null, secret: string | undefined): boolean {
  if (!secret || !header) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Vercel Cron calls this with `Authorization: Bearer $CRON_SECRET`; without a secret it refuses everyone. */
export const GET = handler(async (request: Request) => {
  if (!authorized(request.headers.get("authorization"), env().cronSecret)) {
    return errorResponse({
      code: "unauthorized",
      status: 401,
      message: "A valid CRON_SECRET bearer token is required.",
    });
  }
  return jsonResponse(await reconcilePendingOrders(await checkoutDeps()));
});
