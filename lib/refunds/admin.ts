import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/rules";
import { parseJsonBody } from "@/lib/http";
import { isOrderId } from "@/lib/orders/identifiers";
import { fail, ok, type Result } from "@/lib/result";
import type { RefundDeps } from "./deps";
import { LatePaymentInput, RefundInput } from "./input";
import { listRefundsOfOrder } from "./repository";
import { fulfilLatePayment, requestRefund } from "./request";
import { isFinalRefund } from "./rules";
import { syncRefund } from "./sync";

/** The admin order page's refund actions, behind POST /api/admin/orders/[id]/{refunds,refunds/sync,late-payment}. */

export interface RefundAnswer {
  orderId: string;
  refundId: number | null;
  status: string | null;
}

export async function adminRequestRefund(
  deps: RefundDeps,
  request: Request,
  orderId: string,
  admin: SessionUser,
): Promise<Result<RefundAnswer>> {
  if (!isOrderId(orderId)) return fail({ code: "order_not_found" });
  const body = await parseJsonBody(request, RefundInput);
  if (!body.ok) return body;
  const done = await requestRefund(deps, orderId, body.data, admin);
  return done.ok ? ok({ orderId, refundId: done.data.id, status: done.data.status }) : done;
}

const Confirmed = z.object({ confirm: z.literal(true, { error: "must be true: confirm the action first" }) });

/** Re-reads every refund of the order that is not final (and resends one that never got through). */
export async function adminSyncRefunds(
  deps: RefundDeps,
  request: Request,
  orderId: string,
  admin: SessionUser,
): Promise<Result<RefundAnswer>> {
  const body = await parseJsonBody(request, Confirmed);
  if (!body.ok) return fail({ code: "not_confirmed", fields: body.error.fields });
  if (!isOrderId(orderId)) return fail({ code: "order_not_found" });
  const open = (await listRefundsOfOrder(deps.db, orderId)).filter((refund) => !isFinalRefund(refund.status));
  for (const refund of open) {
    const synced = await syncRefund(deps, refund.id, { actor: admin.email, why: "merchant sync" });
    if (!synced.ok) return synced;
  }
  return ok({ orderId, refundId: null, status: null });
}

export async function adminFulfilLatePayment(
  deps: RefundDeps,
  request: Request,
  orderId: string,
  admin: SessionUser,
): Promise<Result<RefundAnswer>> {
  const body = await parseJsonBody(request, LatePaymentInput);
  if (!body.ok) return body;
  if (!isOrderId(orderId)) return fail({ code: "order_not_found" });
  const done = await fulfilLatePayment(deps, orderId, admin);
  return done.ok ? ok({ orderId, refundId: null, status: null }) : done;
}
