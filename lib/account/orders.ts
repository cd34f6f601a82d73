import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { orders } from "@/lib/db/schema";

export type AccountOrder = Pick<
  typeof orders.$inferSelect,
  "id" | "reference" | "status" | "amount" | "createdAt"
>;

/** The orders placed while signed in to this account, newest first (capped: a history page, not an export). */
export async function listOrdersForUser(db: Db, userId: string, limit = 100): Promise<AccountOrder[]> {
  return db
    .select({
      id: orders.id,
      reference: orders.reference,
      status: orders.status,
      amount: orders.amount,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
}
