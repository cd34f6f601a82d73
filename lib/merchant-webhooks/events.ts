import "server-only";
import type { Db } from "@/lib/db";
import type { Order } from "@/lib/orders/repository";
import type { OrderStatus } from "@/lib/orders/state";
import { insertOutboxMessage } from "@/lib/outbox/repository";

/** The outbox kind of merchant webhooks. */
export const MERCHANT_WEBHOOK = "merchant_webhook";

export const ORDER_EVENT_TYPES = [
  "order.paid",
  "order.expired",
  "order.failed",
  "order.cancelled",
  "order.refunded",
] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/** Where merchant webhooks go (lib/env.ts); undefined when MERCHANT_WEBHOOK_URL is unset. */
export interface MerchantWebhookConfig {
  url: string;
  secret: string;
}

/** The event an order's ending announces. */
export const EVENT_OF_ENDING: Partial<Record<OrderStatus, OrderEventType>> = {
  PAID: "order.paid",
  EXPIRED: "order.expired",
  FAILED: "order.failed",
  CANCELLED: "order.cancelled",
};

export interface OrderEvent {
  type: OrderEventType;
  /** The order as it is after the change. */
  order: Order;
  /** Extra fields for `data`, e.g. a refund's id and amount. */
  data?: Record<string, unknown>;
  /**
   * What makes the event once-only for this order; defaults to the type. An event that can happen
   * more than once per order (a partial refund) passes e.g. `order.refunded:<refundId>`.
   */
  key?: string;
}

/** The `data` of an order event: the order as the merchant's systems need it. */
export function orderEventData(order: Order): Record<string, unknown> {
  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    amount: order.amount,
    currency: "IDR",
    channel: order.channel,
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    closedAt: order.closedAt?.toISOString() ?? null,
  };
}

/**
 * Writes a merchant webhook for an order event into the outbox, in the caller's transaction (the
 * one that changed the order), so it exists exactly when the change does. Nothing is written when
 * merchant webhooks are off; a second call for the same (order, key) writes nothing. Answers
 * whether a message was written. Delivery happens later (after the response, or the cron).
 */
export async function enqueueOrderEvent(
  tx: Db,
  webhook: MerchantWebhookConfig | undefined,
  event: OrderEvent,
  now: Date = new Date(),
): Promise<boolean> {
  if (!webhook) return false;
  return insertOutboxMessage(tx, {
    kind: MERCHANT_WEBHOOK,
    subject: event.order.id,
    event: event.type,
    key: event.key ?? event.type,
    payload: { ...orderEventData(event.order), ...event.data },
    now,
  });
}
