import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders, payments } from "@/lib/db/schema";
import { isCancellableSession } from "./session-status";

/**
 * The cart's payment the shopper can go back to: its open order (at most one, see createOrder)
 * once it has a payment session, while its time has not run out. Read-only: the status endpoint
 * and the order page do the syncing; this only says where to resume.
 */
export interface OpenPayment {
  orderId: string;
  reference: string;
  amount: number;
  /** The gateway's method (VIRTUAL_ACCOUNT, QR, EWALLET, CARD), null while not chosen. */
  method: string | null;
  channel: string | null;
  expiresAt: Date;
  /**
   * The session has a method the gateway will not take back (a VA number issued, a charge made):
   * a checkout with another method is refused until it ends (409 payment_in_progress).
   */
  locked: boolean;
  vaIssued: boolean;
}

export async function findOpenPaymentOfCart(db: Db, cartId: string, now: Date): Promise<OpenPayment | null> {
  const [row] = await db
    .select({
      orderId: orders.id,
      reference: orders.reference,
      amount: orders.amount,
      orderMethod: orders.method,
      orderChannel: orders.channel,
      orderExpiresAt: orders.expiresAt,
      status: payments.status,
      method: payments.method,
      channel: payments.channel,
      vaNumber: payments.vaNumber,
      expiresAt: payments.expiresAt,
    })
    .from(orders)
    .innerJoin(payments, eq(payments.orderId, orders.id))
    .where(and(eq(orders.cartId, cartId), eq(orders.status, "PENDING_PAYMENT"), gt(orders.expiresAt, now)))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  if (!row) return null;
  const expiresAt = row.expiresAt ?? row.orderExpiresAt;
  if (expiresAt.getTime() <= now.getTime()) return null;
  return {
    orderId: row.orderId,
    reference: row.reference,
    amount: row.amount,
    method: row.method ?? row.orderMethod,
    channel: row.channel ?? row.orderChannel,
    expiresAt,
    locked: !isCancellableSession(row.status),
    vaIssued: row.vaNumber !== null,
  };
}

export interface CartContact {
  fullName: string;
  email: string;
  /** As the shopper types it: 0812…, from the stored national number (812…). */
  phone: string;
}

/** The contact details of the cart's latest order, whatever became of it: a new checkout starts from them. */
export async function findLatestContactOfCart(db: Db, cartId: string): Promise<CartContact | null> {
  const [row] = await db
    .select({ fullName: orders.customerName, email: orders.email, phone: orders.phoneNumber })
    .from(orders)
    .where(eq(orders.cartId, cartId))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  return row ? { ...row, phone: `0${row.phone}` } : null;
}
