import "server-only";
import type { Db } from "@/lib/db";
import type { Order } from "@/lib/orders/repository";
import { findPaymentOfOrder } from "@/lib/payments/repository";
import { refundMethodFor } from "./request";
import {
  findLatePaymentResolution,
  hasPaidAfterClose,
  listRefundsOfOrder,
  type RefundRow,
} from "./repository";
import { orderRefundState, refundableAmount, refundedTotal, type OrderRefundState } from "./rules";

export interface OrderRefunds {
  refunds: RefundRow[];
  /** Money given back (SUCCESS only). */
  refunded: number;
  /** What may still be refunded now. */
  refundable: number;
  state: OrderRefundState | null;
  /** Whether a refund can be asked at all (the order was paid). */
  canRefund: boolean;
  method: "AUTO" | "TRANSFER_ONLY";
  /** A payment arrived after the order closed: shown until a person settles it. */
  latePayment: { flagged: boolean; resolution: { resolution: string; actor: string; at: Date } | null };
}

/** The refunds side of the admin order page. */
export async function getOrderRefunds(db: Db, order: Order): Promise<OrderRefunds> {
  const [refunds, payment, flagged, resolution] = await Promise.all([
    listRefundsOfOrder(db, order.id),
    findPaymentOfOrder(db, order.id),
    hasPaidAfterClose(db, order.id),
    findLatePaymentResolution(db, order.id),
  ]);
  const paid = payment !== null && (order.status === "PAID" || flagged);
  const refunded = refundedTotal(refunds);
  return {
    refunds,
    refunded,
    refundable: paid ? refundableAmount(order.amount, refunds) : 0,
    state: orderRefundState(order.amount, refunded),
    canRefund: paid,
    method: refundMethodFor(payment),
    latePayment: {
      flagged,
      resolution: resolution
        ? { resolution: resolution.resolution, actor: resolution.actor, at: resolution.createdAt }
        : null,
    },
  };
}
