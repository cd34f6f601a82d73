import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { payments } from "@/lib/db/schema";

/** Our copy of an order's gateway payment session (one per order). */
export type Payment = typeof payments.$inferSelect;

/** What we keep of a gateway payment session; lib/checkout builds it from the gateway's answer. */
export interface PaymentSnapshot {
  sessionId: string;
  status: string;
  cancellationReason: string | null;
  chargeStatuses: string[];
  paymentUrl: string | null;
  autoConfirm: boolean;
  method: string | null;
  channel: string | null;
  vaNumber: string | null;
  vaName: string | null;
  expiresAt: Date | null;
  qrContent: string | null;
  qrExpiresAt: Date | null;
  cardBrand: string | null;
  cardLast4: string | null;
  failureCode: string | null;
  paidAt: Date | null;
  raw: unknown;
}

export async function findPaymentOfOrder(db: Db, orderId: string): Promise<Payment | null> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId)).limit(1);
  return payment ?? null;
}

export async function findOrderIdBySession(db: Db, sessionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ orderId: payments.orderId })
    .from(payments)
    .where(eq(payments.id, sessionId));
  return row?.orderId;
}

/** The stored status of a session, locked until the caller's transaction ends; undefined if new. */
export async function lockPaymentStatus(db: Db, sessionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: payments.status })
    .from(payments)
    .where(eq(payments.id, sessionId))
    .for("update");
  return row?.status;
}

function columns(snapshot: PaymentSnapshot, now: Date) {
  return {
    status: snapshot.status,
    paymentUrl: snapshot.paymentUrl,
    autoConfirm: snapshot.autoConfirm,
    method: snapshot.method,
    channel: snapshot.channel,
    vaNumber: snapshot.vaNumber,
    vaName: snapshot.vaName,
    expiresAt: snapshot.expiresAt,
    qrContent: snapshot.qrContent,
    qrExpiresAt: snapshot.qrExpiresAt,
    cardBrand: snapshot.cardBrand,
    cardLast4: snapshot.cardLast4,
    failureCode: snapshot.failureCode,
    paidAt: snapshot.paidAt,
    raw: snapshot.raw,
    updatedAt: now,
  };
}

/*
 * Call insertPayment and updatePayment only in a transaction that also updates the order's row
 * (applyPaymentSnapshot does, through markOrderSynced): the status read keeps what it read while
 * the order row's version has not moved (lib/checkout/order-read.ts).
 */

/** Stores a session seen for the first time; false when a concurrent writer stored it first. */
export async function insertPayment(
  db: Db,
  row: { orderId: string; requestId: string; snapshot: PaymentSnapshot; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(payments)
    .values({
      id: row.snapshot.sessionId,
      orderId: row.orderId,
      requestId: row.requestId,
      ...columns(row.snapshot, row.now),
    })
    .onConflictDoNothing({ target: payments.id })
    .returning({ id: payments.id });
  return inserted.length > 0;
}

export async function updatePayment(db: Db, snapshot: PaymentSnapshot, now: Date): Promise<void> {
  await db.update(payments).set(columns(snapshot, now)).where(eq(payments.id, snapshot.sessionId));
}
