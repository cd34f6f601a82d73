import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orders } from "./orders";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Money given back for an order, one row per refund asked of the gateway. The row is written
 * before the gateway is called, and its id is what `X-REQUEST-ID` is derived from, so a retry of
 * the same refund replays instead of refunding twice.
 */
export const refunds = pgTable(
  "refunds",
  {
    id: serial("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    /** The gateway's refund id, once it has answered. */
    gatewayRefundId: text("gateway_refund_id").unique(),
    /** The `X-REQUEST-ID` sent with the create (derived from this row's id). */
    requestId: text("request_id").notNull().unique(),
    /** Sent as the refund's clientReferenceId: the order's reference and this row's number. */
    clientReferenceId: text("client_reference_id").notNull().unique(),
    /** The admin form's one-time key: a double submit of one form finds the first row. */
    submitKey: text("submit_key").notNull(),
    /** Whole rupiah. */
    amount: bigint("amount", { mode: "number" }).notNull(),
    reason: text("reason").notNull(),
    description: text("description"),
    /** AUTO (back to the card or e-wallet) or TRANSFER_ONLY (to a bank account: VA payments). */
    method: text("method").notNull(),
    bankCode: text("bank_code"),
    accountNumber: text("account_number"),
    accountName: text("account_name"),
    /** REQUESTING until the gateway accepts it, then the gateway's: PENDING, WAITING_BANK_TRANSFER, SUCCESS, FAILED, CANCELLED. */
    status: text("status").notNull().default("REQUESTING"),
    /** Why it failed, or why the last attempt to reach the gateway did not get through. */
    failureReason: text("failure_reason"),
    /** The admin's email. */
    requestedBy: text("requested_by").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("refunds_amount_positive", sql`${t.amount} > 0`),
    check(
      "refunds_status_known",
      sql`${t.status} in ('REQUESTING', 'PENDING', 'WAITING_BANK_TRANSFER', 'SUCCESS', 'FAILED', 'CANCELLED')`,
    ),
    index("refunds_order_id").on(t.orderId, t.id),
    uniqueIndex("refunds_order_submit_key").on(t.orderId, t.submitKey),
    // One refund at a time per order may be on its way to the gateway.
    uniqueIndex("refunds_one_requesting_per_order")
      .on(t.orderId)
      .where(sql`${t.status} = 'REQUESTING'`),
    index("refunds_open")
      .on(t.updatedAt)
      .where(sql`${t.status} in ('REQUESTING', 'PENDING', 'WAITING_BANK_TRANSFER')`),
  ],
);

/**
 * How a person settled an order paid after it was closed (a PAID_AFTER_CLOSE event): REFUND or
 * FULFIL. The flag shows on the admin page until a row is here.
 */
export const latePaymentResolutions = pgTable("late_payment_resolutions", {
  orderId: text("order_id")
    .primaryKey()
    .references(() => orders.id, { onDelete: "cascade" }),
  resolution: text("resolution", { enum: ["REFUND", "FULFIL"] }).notNull(),
  actor: text("actor").notNull(),
  createdAt: at("created_at").notNull().defaultNow(),
});
