import "server-only";
import { HarsyaError, type Refund, type RefundReason } from "@/lib/harsya";
import { findPaymentOfOrder } from "@/lib/payments/repository";
import { enqueueOrderEvent } from "@/lib/merchant-webhooks/events";
import { addOrderEvent, findOrder } from "@/lib/orders/repository";
import { fail, ok, type AppError, type Result } from "@/lib/result";
import type { RefundDeps } from "./deps";
import {
  findRefund,
  findRefundByGatewayId,
  findRefundByReference,
  listOpenRefunds,
  lockRefund,
  updateRefund,
  type RefundRow,
} from "./repository";
import { canMoveRefund } from "./rules";

/**
 * Moving a refund along what the gateway says. Every move is made on the locked row and only
 * forward (./rules.ts), so a replayed callback, a sync and the cron racing one another apply a
 * change once; each applied change is one entry on the order's timeline.
 */

export interface Actor {
  actor: string;
  why: string;
}

/** Applies one reading of the refund from the gateway; answers the row as it is afterwards. */
export async function applyRefundReading(
  deps: RefundDeps,
  refundId: number,
  reading: Refund,
  by: Actor,
): Promise<RefundRow> {
  return deps.db.transaction(async (tx) => {
    const current = await lockRefund(tx, refundId);
    if (!current) throw new Error(`Refund ${refundId} is gone`);
    const now = deps.clock.now();
    const gatewayRefundId = current.gatewayRefundId ?? reading.id;
    if (!canMoveRefund(current.status, reading.status)) {
      return current.gatewayRefundId ? current : updateRefund(tx, refundId, { gatewayRefundId }, now);
    }
    const failureReason =
      reading.status === "FAILED" || reading.status === "CANCELLED"
        ? (reading.failureReason ?? reading.failureCode ?? "refused by the gateway")
        : null;
    const moved = await updateRefund(
      tx,
      refundId,
      { status: reading.status, gatewayRefundId, failureReason },
      now,
    );
    await addOrderEvent(tx, {
      orderId: current.orderId,
      type: `REFUND_${reading.status}`,
      message: `Refund ${current.clientReferenceId} ${current.status} → ${reading.status}: ${by.why}.${failureReason ? ` Reason: ${failureReason}.` : ""}`,
      actor: by.actor,
      data: { refundId, gatewayRefundId, amount: current.amount, from: current.status, to: reading.status },
    });
    if (reading.status === "SUCCESS") {
      // Money went back: the merchant's systems hear of it once per refund, in this transaction.
      const order = await findOrder(tx, current.orderId);
      if (order) {
        await enqueueOrderEvent(
          tx,
          deps.config?.merchantWebhook,
          {
            type: "order.refunded",
            order,
            key: `order.refunded:${refundId}`,
            data: { refundId, refundAmount: current.amount, refundReason: current.reason },
          },
          now,
        );
      }
    }
    return moved;
  });
}

/**
 * Asks the gateway for the refund with its one `X-REQUEST-ID`: the first time, or again after an
 * answer was lost (the gateway replays its first answer). A refusal ends the refund FAILED with
 * the gateway's reason; a transient failure leaves it REQUESTING, to be retried.
 */
export async function sendRefund(
  deps: RefundDeps,
  refund: RefundRow,
  paymentSessionId: string,
  by: Actor,
): Promise<Result<RefundRow>> {
  try {
    const answer = await deps.gateway.createRefund(
      {
        clientReferenceId: refund.clientReferenceId,
        paymentSessionId,
        isFullAmount: false,
        amount: { value: `${refund.amount}.00`, currency: "IDR" },
        reason: refund.reason as RefundReason,
        ...(refund.description ? { description: refund.description } : {}),
        method: refund.method === "TRANSFER_ONLY" ? "TRANSFER_ONLY" : "AUTO",
        ...(refund.method === "TRANSFER_ONLY"
          ? {
              transferDestination: {
                bankCode: refund.bankCode ?? "",
                accountNumber: refund.accountNumber ?? "",
                accountName: refund.accountName ?? "",
              },
            }
          : {}),
        metadata: { orderId: refund.orderId, refundId: String(refund.id) },
      },
      { requestId: refund.requestId },
    );
    return ok(await applyRefundReading(deps, refund.id, answer, by));
  } catch (error) {
    if (!(error instanceof HarsyaError)) throw error;
    await recordSendFailure(deps, refund, error, by);
    return fail(sendError(error));
  }
}

async function recordSendFailure(deps: RefundDeps, refund: RefundRow, error: HarsyaError, by: Actor) {
  const reason = error.details[0]?.message ?? error.message;
  const retryable = error.retryable || error.code === "invalid_response";
  return deps.db.transaction(async (tx) => {
    const current = await lockRefund(tx, refund.id);
    if (!current || current.status !== "REQUESTING") return current;
    const moved = await updateRefund(
      tx,
      refund.id,
      retryable ? { failureReason: reason } : { status: "FAILED", failureReason: reason },
      deps.clock.now(),
    );
    await addOrderEvent(tx, {
      orderId: refund.orderId,
      type: retryable ? "REFUND_RETRYABLE" : "REFUND_FAILED",
      message: retryable
        ? `Refund ${refund.clientReferenceId} did not reach the gateway (${reason}); it is safe to try again.`
        : `Refund ${refund.clientReferenceId} was refused by the gateway: ${reason}.`,
      actor: by.actor,
      data: { refundId: refund.id, status: error.status, code: error.code },
    });
    return moved;
  });
}

function sendError(error: HarsyaError): AppError {
  const detail = error.details[0]?.message ?? error.message;
  if (error.retryable || error.code === "invalid_response") {
    return { code: "refund_gateway_unavailable", params: { detail }, retryable: true };
  }
  return { code: "refund_rejected", params: { detail }, retryable: false };
}

/**
 * Re-reads a refund from the gateway and applies it; one that never reached the gateway is sent
 * again with its own `X-REQUEST-ID`.
 */
export async function syncRefund(deps: RefundDeps, refundId: number, by: Actor): Promise<Result<RefundRow>> {
  const refund = await findRefund(deps.db, refundId);
  if (!refund) return fail({ code: "refund_not_found" });
  if (!refund.gatewayRefundId) {
    const payment = await findPaymentOfOrder(deps.db, refund.orderId);
    if (refund.status !== "REQUESTING" || !payment) return ok(refund);
    return sendRefund(deps, refund, payment.id, by);
  }
  try {
    const reading = await deps.gateway.getRefund(refund.gatewayRefundId);
    return ok(await applyRefundReading(deps, refund.id, reading, by));
  } catch (error) {
    if (!(error instanceof HarsyaError)) throw error;
    return fail(sendError(error));
  }
}

/** A refund callback (REFUND.*): only a hint of which refund to re-read. */
export async function handleRefundCallback(
  deps: RefundDeps,
  hint: { gatewayRefundId: string; clientReferenceId?: string; event: string },
): Promise<{ orderId: string | null; result: Result<RefundRow> | null }> {
  const refund =
    (await findRefundByGatewayId(deps.db, hint.gatewayRefundId)) ??
    (hint.clientReferenceId ? await findRefundByReference(deps.db, hint.clientReferenceId) : undefined);
  if (!refund) return { orderId: null, result: null };
  if (!refund.gatewayRefundId) {
    // The callback beat the create's answer: learn the id, then read it like any other.
    await updateRefund(deps.db, refund.id, { gatewayRefundId: hint.gatewayRefundId }, deps.clock.now());
  }
  const result = await syncRefund(deps, refund.id, { actor: "gateway", why: `callback ${hint.event}` });
  return { orderId: refund.orderId, result };
}

/** The safety net for lost refund callbacks: re-reads refunds that are not final yet. */
export async function reconcileOpenRefunds(
  deps: RefundDeps,
  options: { limit?: number; idleMs?: number } = {},
): Promise<{ checked: number; failed: number }> {
  const touchedBefore = new Date(deps.clock.now().getTime() - (options.idleMs ?? 60_000));
  const open = await listOpenRefunds(deps.db, options.limit ?? 50, touchedBefore);
  let failed = 0;
  for (const refund of open) {
    const synced = await syncRefund(deps, refund.id, { actor: "cron", why: "reconciliation" });
    if (!synced.ok) failed += 1;
  }
  return { checked: open.length, failed };
}
