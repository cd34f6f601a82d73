import "server-only";
import type { Db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { findOrderItems, type Order, type OrderItem } from "@/lib/orders/repository";
import type { OrderStatus } from "@/lib/orders/state";
import { insertOutboxMessage, withdrawMessage } from "@/lib/outbox/repository";
import type { PaymentSnapshot } from "@/lib/payments/repository";
import { EMAIL, type MailPayload, type MailTemplate } from "./payload";
import type { MailConfig } from "./variables";

/** What the enqueuers need of the configuration; without it, shoppers still get their emails. */
export type MailNotices = Pick<MailConfig, "merchantEmail" | "reminderMinutes">;

const DEFAULT_NOTICES: MailNotices = { reminderMinutes: 15 };
/** A reminder only makes sense for a session long enough to forget about. */
export const REMINDER_MIN_SESSION_MS = 30 * 60_000;

/** Every email is written in the order's transaction; these are its once-only keys per order. */
export const MAIL_KEYS = {
  placed: "order.placed",
  reminder: "order.expiring",
  paid: "order.paid",
  merchantPaid: "order.paid:merchant",
  expired: "order.expired",
  failed: "order.failed",
} as const satisfies Record<MailTemplate, string>;

const ENDING_TEMPLATE: Partial<Record<OrderStatus, MailTemplate>> = {
  PAID: "paid",
  EXPIRED: "expired",
  FAILED: "failed",
};

function payloadOf(
  template: MailTemplate,
  to: string,
  order: Order,
  items: readonly Pick<OrderItem, "name" | "quantity" | "unitPrice" | "lineTotal">[],
  payment: MailPayload["payment"] = null,
): MailPayload {
  return {
    template,
    to,
    locale: isLocale(order.locale) ? order.locale : "id",
    orderId: order.id,
    reference: order.reference,
    customerName: order.customerName,
    email: order.email,
    items: items.map(({ name, quantity, unitPrice, lineTotal }) => ({
      name,
      quantity,
      unitPrice,
      lineTotal,
    })),
    amount: order.amount,
    expiresAt: order.expiresAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    closedAt: order.closedAt?.toISOString() ?? null,
    payment,
  };
}

function write(tx: Db, template: MailTemplate, payload: MailPayload, now: Date, dueAt?: Date) {
  return insertOutboxMessage(tx, {
    kind: EMAIL,
    subject: payload.orderId,
    event: MAIL_KEYS[template],
    key: MAIL_KEYS[template],
    payload,
    now,
    dueAt,
  });
}

/**
 * "Order placed" with how to pay, once the pending order's session has a method to show (at
 * checkout, on confirm, or when the shopper picks one on the payment page); and, for a session
 * over 30 minutes, the reminder, due `reminderMinutes` before it ends. In the caller's transaction.
 */
export async function enqueueOrderPlaced(
  tx: Db,
  order: Order,
  snapshot: PaymentSnapshot,
  notices: MailNotices = DEFAULT_NOTICES,
  now: Date = new Date(),
): Promise<void> {
  if (order.status !== "PENDING_PAYMENT" || !snapshot.method) return;
  const items = await findOrderItems(tx, order.id);
  const payment: MailPayload["payment"] = {
    method: snapshot.method,
    channel: snapshot.channel,
    vaNumber: snapshot.vaNumber,
    vaName: snapshot.vaName,
    qrContent: snapshot.qrContent,
    paymentUrl: snapshot.paymentUrl,
  };
  const expiresAt = snapshot.expiresAt ?? order.expiresAt;
  const shown = { ...order, expiresAt };
  if (!(await write(tx, "placed", payloadOf("placed", order.email, shown, items, payment), now))) return;
  const dueAt = new Date(expiresAt.getTime() - notices.reminderMinutes * 60_000);
  const long = expiresAt.getTime() - order.createdAt.getTime() > REMINDER_MIN_SESSION_MS;
  if (long && dueAt > now) {
    await write(tx, "reminder", payloadOf("reminder", order.email, shown, items, payment), now, dueAt);
  }
}

/**
 * The ending's emails, in the transaction that ends the order: the receipt (and the merchant's
 * copy) for PAID, "expired" or "failed" with a pay-again link; a reminder not yet sent is withdrawn.
 */
export async function enqueueOrderEnded(
  tx: Db,
  order: Order,
  items: readonly OrderItem[],
  notices: MailNotices = DEFAULT_NOTICES,
  now: Date = new Date(),
): Promise<void> {
  const reminder = { kind: EMAIL, subject: order.id, key: MAIL_KEYS.reminder };
  await withdrawMessage(tx, reminder, now, `Not sent: the order is ${order.status}.`);
  const template = ENDING_TEMPLATE[order.status];
  if (!template) return;
  await write(tx, template, payloadOf(template, order.email, order, items), now);
  if (order.status === "PAID" && notices.merchantEmail) {
    const copy = { ...payloadOf("merchantPaid", notices.merchantEmail, order, items), locale: "id" as const };
    await write(tx, "merchantPaid", copy, now);
  }
}
