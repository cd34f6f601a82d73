import "server-only";
import { and, asc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { latePaymentResolutions, orderEvents, refunds } from "@/lib/db/schema";

/** The refunds table and the late-payment resolutions: nothing else is written here. */

export type RefundRow = typeof refunds.$inferSelect;
export type NewRefundRow = typeof refunds.$inferInsert;

export const OPEN_REFUND_STATUSES = ["REQUESTING", "PENDING", "WAITING_BANK_TRANSFER"];

export function listRefundsOfOrder(db: Db, orderId: string): Promise<RefundRow[]> {
  return db.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.id));
}

export async function findRefund(db: Db, id: number): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refunds).where(eq(refunds.id, id));
  return row;
}

/** The refund, locked until the caller's transaction ends. */
export async function lockRefund(db: Db, id: number): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refunds).where(eq(refunds.id, id)).for("update");
  return row;
}

export async function findRefundByGatewayId(db: Db, gatewayRefundId: string): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refunds).where(eq(refunds.gatewayRefundId, gatewayRefundId));
  return row;
}

export async function findRefundByReference(db: Db, reference: string): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refunds).where(eq(refunds.clientReferenceId, reference));
  return row;
}

export async function findRefundBySubmitKey(
  db: Db,
  orderId: string,
  submitKey: string,
): Promise<RefundRow | undefined> {
  const [row] = await db
    .select()
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), eq(refunds.submitKey, submitKey)));
  return row;
}

/** Inserts the row, or nothing (undefined) when the same form or another in-flight refund got there first. */
export async function insertRefund(db: Db, row: NewRefundRow): Promise<RefundRow | undefined> {
  const [inserted] = await db.insert(refunds).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateRefund(
  db: Db,
  id: number,
  patch: Partial<Pick<RefundRow, "status" | "gatewayRefundId" | "failureReason">>,
  now: Date,
): Promise<RefundRow> {
  const [row] = await db
    .update(refunds)
    .set({ ...patch, updatedAt: now })
    .where(eq(refunds.id, id))
    .returning();
  if (!row) throw new Error(`Refund ${id} vanished while being updated`);
  return row;
}

/** Refunds not final yet, those untouched longest first, for the reconciler. */
export function listOpenRefunds(db: Db, limit: number, touchedBefore: Date): Promise<RefundRow[]> {
  return db
    .select()
    .from(refunds)
    .where(and(inArray(refunds.status, OPEN_REFUND_STATUSES), lt(refunds.updatedAt, touchedBefore)))
    .orderBy(asc(refunds.updatedAt))
    .limit(limit);
}

export async function hasPaidAfterClose(db: Db, orderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "PAID_AFTER_CLOSE")))
    .limit(1);
  return row !== undefined;
}

export async function findLatePaymentResolution(db: Db, orderId: string) {
  const [row] = await db
    .select()
    .from(latePaymentResolutions)
    .where(eq(latePaymentResolutions.orderId, orderId));
  return row;
}

/** Records how a late payment was settled, once: false when it already was. */
export async function insertLatePaymentResolution(
  db: Db,
  row: typeof latePaymentResolutions.$inferInsert,
): Promise<boolean> {
  const inserted = await db.insert(latePaymentResolutions).values(row).onConflictDoNothing().returning();
  return inserted.length > 0;
}
