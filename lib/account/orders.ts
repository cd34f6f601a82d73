import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orderItems, orders, payments } from "@/lib/db/schema";

export type AccountOrder = Pick<
  typeof orders.$inferSelect,
  "id" | "reference" | "status" | "amount" | "createdAt" | "method" | "channel"
> & {
  /** The VA number's last digits, when paid (or to pay) by virtual account. */
  vaLast4: string | null;
  cardLast4: string | null;
  cardBrand: string | null;
  items: { name: string; quantity: number }[];
};

/** The orders placed while signed in to this account, newest first (capped: a history page, not an export). */
export async function listOrdersForUser(db: Db, userId: string, limit = 100): Promise<AccountOrder[]> {
  const rows = await db
    .select({
      id: orders.id,
      reference: orders.reference,
      status: orders.status,
      amount: orders.amount,
      createdAt: orders.createdAt,
      method: orders.method,
      channel: orders.channel,
      paymentMethod: payments.method,
      paymentChannel: payments.channel,
      vaNumber: payments.vaNumber,
      cardLast4: payments.cardLast4,
      cardBrand: payments.cardBrand,
    })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
  const lines =
    rows.length === 0
      ? []
      : await db
          .select({ orderId: orderItems.orderId, name: orderItems.name, quantity: orderItems.quantity })
          .from(orderItems)
          .where(
            inArray(
              orderItems.orderId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(orderItems.id));
  return rows.map(({ paymentMethod, paymentChannel, vaNumber, ...row }) => ({
    ...row,
    method: paymentMethod ?? row.method,
    channel: paymentChannel ?? row.channel,
    vaLast4: vaNumber ? vaNumber.slice(-4) : null,
    items: lines.filter((line) => line.orderId === row.id).map(({ name, quantity }) => ({ name, quantity })),
  }));
}
