import "server-only";
import type { MerchantCancellationReason } from "@/lib/harsya";
import { fail, ok, type Result } from "@/lib/result";
import type { CheckoutDeps } from "./deps";
import { gatewayFailure } from "./errors";
import { applyPaymentSnapshot, closeOrder } from "./order-store";
import { snapshotFromSession } from "./snapshot";

/**
 * Cancels an order's session at the gateway (allowed before a charge exists) and applies what the
 * gateway answers, which ends the order as CANCELLED, or as `closeAs` when given. A failure is
 * logged and returned: the session then simply runs to its own expiry.
 */
export async function voidSession(
  deps: CheckoutDeps,
  target: { orderId: string; sessionId: string; reason: MerchantCancellationReason },
  record: { actor: string; why: string; closeAs?: "EXPIRED" },
): Promise<Result<void>> {
  let session;
  try {
    session = await deps.gateway.cancelPayment(target.sessionId, target.reason);
  } catch (error) {
    const failure = gatewayFailure(error, "cancel the payment");
    console.warn(`[checkout] could not void session ${target.sessionId}:`, failure.code);
    return fail(failure);
  }
  if (record.closeAs) {
    await closeOrder(deps.db, target.orderId, record.closeAs, {
      actor: record.actor,
      reason: record.why,
      webhook: deps.config.merchantWebhook,
      mail: deps.config.mail,
    });
  }
  await applyPaymentSnapshot(deps.db, target.orderId, snapshotFromSession(session), {
    actor: record.actor,
    reason: record.why,
    webhook: deps.config.merchantWebhook,
    mail: deps.config.mail,
  });
  return ok(undefined);
}
