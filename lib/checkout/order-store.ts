import "server-only";
import { lockCart, removePaidLines } from "@/lib/cart/repository";
import type { Db } from "@/lib/db";
import { expireProducts } from "@/lib/catalog/freshness";
import { releaseStock, reserveStock } from "@/lib/inventory/stock";
import { enqueueOrderEnded, enqueueOrderPlaced, type MailNotices } from "@/lib/mail/enqueue";
import {
  enqueueOrderEvent,
  EVENT_OF_ENDING,
  type MerchantWebhookConfig,
} from "@/lib/merchant-webhooks/events";
import {
  addOrderEvent,
  findOpenOrderByCheckoutKey,
  findOrder,
  findOrderItems,
  insertOrder,
  listOpenOrdersOfCart,
  lockOrder,
  markOrderSynced,
  transitionOrder,
  type NewOrder,
  type Order,
  type OrderItem,
} from "@/lib/orders/repository";
import { isFinal, releasesStock, type OrderStatus } from "@/lib/orders/state";
import {
  findPaymentOfOrder,
  insertPayment,
  lockPaymentStatus,
  updatePayment,
  type Payment,
  type PaymentSnapshot,
} from "@/lib/payments/repository";
import { fail, ok, type Result } from "@/lib/result";
import { isSettledSession, orderStatusForSession } from "./session-status";

/**
 * The writes that must happen together, each in one transaction: an order with its stock, and a
 * gateway reading with what it does to the order, the stock and the cart.
 */

export interface OrderDetail {
  order: Order;
  items: OrderItem[];
  payment: Payment | null;
}

export async function findOrderDetail(db: Db, id: string): Promise<OrderDetail | undefined> {
  const order = await findOrder(db, id);
  if (!order) return undefined;
  const [items, payment] = await Promise.all([findOrderItems(db, id), findPaymentOfOrder(db, id)]);
  return { order, items, payment };
}

/**
 * One transaction that may move stock: once it committed, the cached catalog pages showing the
 * products it moved (`shelf`) are expired, so "sold out" shows at once.
 */
async function stockTransaction<T>(db: Db, work: (tx: Db, shelf: Set<number>) => Promise<T>): Promise<T> {
  const shelf = new Set<number>();
  const result = await db.transaction((tx) => work(tx, shelf));
  expireProducts(shelf);
  return result;
}

class OutOfStock extends Error {
  constructor(
    readonly productId: number,
    readonly left: number,
  ) {
    super(`product ${productId} is out of stock`);
  }
}

/**
 * Inserts the order, its items and the stock reservation in one transaction, holding the cart's
 * row lock so that a cart never has two open orders, on any instance. When the cart already has
 * an open order, nothing is written and that order comes back (`created: false`): the same
 * checkout key means a double submit to resume; another key means the caller must settle the
 * earlier order first.
 */
export async function createOrder(
  db: Db,
  draft: NewOrder,
): Promise<Result<{ order: Order; created: boolean }>> {
  try {
    return await stockTransaction(db, async (tx, shelf) => {
      if (draft.cartId) {
        await lockCart(tx, draft.cartId);
        const [open] = await listOpenOrdersOfCart(tx, draft.cartId);
        if (open) return ok({ order: open, created: false });
      }
      const order = await insertOrder(tx, draft);
      if (!order) {
        const open = await findOpenOrderByCheckoutKey(tx, draft.checkoutKey);
        if (open) return ok({ order: open, created: false });
        throw new Error("Order key conflict without an open order");
      }
      const reserved = await reserveStock(tx, draft.items);
      if (!reserved.ok) throw new OutOfStock(reserved.productId, reserved.left);
      for (const item of draft.items) shelf.add(item.productId);
      return ok({ order, created: true });
    });
  } catch (error) {
    if (!(error instanceof OutOfStock)) throw error;
    const name = draft.items.find((item) => item.productId === error.productId)?.name ?? "A product";
    return fail({
      code: "insufficient_stock",
      messageKey: error.left === 0 ? "sold_out" : "insufficient_stock",
      params: { product: name, left: error.left },
      fields: { [`items.${error.productId}`]: { problem: "not_enough_stock" } },
    });
  }
}

/** What a state change tells the outside world about: the merchant's webhook, the shopper's emails. */
export interface ChangeNotices {
  webhook?: MerchantWebhookConfig;
  mail?: MailNotices;
}

/**
 * Ends a pending order, once, with what that ending does: unpaid endings give the stock back;
 * a paid order's products leave the shopper's cart; the merchant's webhook is queued.
 */
async function settle(
  tx: Db,
  shelf: Set<number>,
  order: Order,
  to: OrderStatus,
  change: { actor: string; why: string; paidAt?: Date | null } & ChangeNotices,
): Promise<Order | null> {
  const note = releasesStock(to) ? "Stock released." : undefined;
  const moved = await transitionOrder(tx, order, to, {
    actor: change.actor,
    why: change.why,
    paidAt: change.paidAt,
    note,
  });
  if (!moved) return null;
  const event = EVENT_OF_ENDING[to];
  if (event) await enqueueOrderEvent(tx, change.webhook, { type: event, order: moved });
  const items = await findOrderItems(tx, order.id);
  await enqueueOrderEnded(tx, moved, items, change.mail);
  if (releasesStock(to)) {
    await releaseStock(tx, items);
    for (const item of items) shelf.add(item.productId);
  }
  if (to === "PAID" && order.cartId) {
    await removePaidLines(
      tx,
      order.cartId,
      items.map((item) => item.productId),
    );
  }
  return moved;
}

export interface ApplyResult {
  order: Order;
  changed: boolean;
  /** True when this call stored the payment row for the first time. */
  paymentCreated: boolean;
}

/**
 * Stores the latest gateway view of the order's session and moves the order forward when the
 * session says so. Safe to call any number of times, in any order, concurrently.
 */
export async function applyPaymentSnapshot(
  db: Db,
  orderId: string,
  snapshot: PaymentSnapshot,
  options: { requestId?: string; actor: string; reason: string } & ChangeNotices,
): Promise<ApplyResult | undefined> {
  return stockTransaction(db, async (tx, shelf) => {
    const order = await lockOrder(tx, orderId);
    if (!order) return undefined;
    const now = new Date();
    const stored = await lockPaymentStatus(tx, snapshot.sessionId);
    const created =
      stored === undefined &&
      (await insertPayment(tx, { orderId, requestId: options.requestId ?? "", snapshot, now }));
    if (created) {
      await addOrderEvent(tx, {
        orderId,
        type: "SESSION_CREATED",
        message: `Payment session ${snapshot.sessionId} created (${snapshot.status}${snapshot.method ? `, ${[snapshot.method, snapshot.channel].filter(Boolean).join(" ")}` : ", method chosen on the payment page"}).`,
        actor: options.actor,
        data: { sessionId: snapshot.sessionId, status: snapshot.status, vaNumber: snapshot.vaNumber },
      });
    } else if (stored !== undefined && isSettledSession({ status: stored }) && !isSettledSession(snapshot)) {
      // An older reading (a slow poll racing a callback) must not roll a settled session back.
    } else {
      await updatePayment(tx, snapshot, now);
    }
    await markOrderSynced(tx, order, {
      at: now,
      method: snapshot.method,
      channel: snapshot.channel,
      paidAt: snapshot.paidAt,
    });

    const target = orderStatusForSession(snapshot);
    if (target === "PAID" && order.status !== "PAID" && isFinal(order.status) && stored !== "PAID") {
      // Money arrived for an order we had already closed: a person must refund or fulfil it.
      await addOrderEvent(tx, {
        orderId,
        type: "PAID_AFTER_CLOSE",
        message: `The gateway reports this payment PAID, but the order was already ${order.status}. Refund the shopper or fulfil the order by hand.`,
        actor: options.actor,
        data: { sessionId: snapshot.sessionId, orderStatus: order.status },
      });
    }
    const moved = await settle(tx, shelf, order, target, {
      actor: options.actor,
      why: options.reason,
      paidAt: snapshot.paidAt,
      webhook: options.webhook,
      mail: options.mail,
    });
    if (!moved) await enqueueOrderPlaced(tx, order, snapshot, options.mail);
    return {
      order: (await findOrder(tx, orderId)) ?? order,
      changed: moved !== null,
      paymentCreated: created,
    };
  });
}

/** Ends a pending order without a gateway answer (e.g. no session was ever created and it expired). */
export async function closeOrder(
  db: Db,
  orderId: string,
  to: Exclude<OrderStatus, "PENDING_PAYMENT" | "PAID">,
  options: { actor: string; reason: string } & ChangeNotices,
): Promise<boolean> {
  return stockTransaction(db, async (tx, shelf) => {
    const order = await lockOrder(tx, orderId);
    if (!order) return false;
    const { webhook, mail } = options;
    const change = { actor: options.actor, why: options.reason, webhook, mail };
    return (await settle(tx, shelf, order, to, change)) !== null;
  });
}
