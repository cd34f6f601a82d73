import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/orders/state";
import { users } from "./auth";
import { carts, products } from "./shop";

const at = (name: string) => timestamp(name, { withTimezone: true });

export { ORDER_STATUSES, type OrderStatus };

export const orders = pgTable(
  "orders",
  {
    /** Unguessable (random UUID): it appears in return URLs and grants nothing on its own. */
    id: text("id").primaryKey(),
    /** Alphanumeric reference shown to shoppers and sent as the gateway's clientReferenceId. */
    reference: text("reference").notNull().unique(),
    status: text("status", { enum: ORDER_STATUSES }).notNull().default("PENDING_PAYMENT"),
    /** The cart (and so the browser) that placed the order; its cookie grants read access. */
    cartId: text("cart_id").references(() => carts.id, { onDelete: "set null" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Hash of what the payment session is made from; one open order per key resumes double submits. */
    checkoutKey: text("checkout_key").notNull(),
    customerName: text("customer_name").notNull(),
    email: text("email").notNull(),
    phoneCountryCode: text("phone_country_code").notNull().default("+62"),
    phoneNumber: text("phone_number").notNull(),
    /** The shopper's language at checkout (lib/i18n/locales.ts): their emails are written in it. */
    locale: text("locale").notNull().default("id"),
    /**
     * The gateway's `paymentMethod.type` (VIRTUAL_ACCOUNT, QR, EWALLET, CARD) chosen at checkout,
     * on confirm or on the payment page; null while the shopper has not chosen.
     */
    method: text("method"),
    /** The VA bank (BCA...) or the e-wallet (DANA, SHOPEEPAY, OVO); null for QR, card or no choice. */
    channel: text("channel"),
    /** The wallet's phone number (national, starting with 8) for a wallet that pushes the payment (OVO). */
    walletPhone: text("wallet_phone"),
    /** Whole rupiah, priced on the server. */
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** When the payment session ends: fixed at creation so a retried session request is identical. */
    expiresAt: at("expires_at").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    paidAt: at("paid_at"),
    closedAt: at("closed_at"),
    lastSyncedAt: at("last_synced_at"),
    /** Lease so that only one request re-syncs an order with the gateway at a time. */
    syncLeaseUntil: at("sync_lease_until"),
  },
  (t) => [
    check(
      "orders_status_known",
      sql`${t.status} in ('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'FAILED', 'CANCELLED')`,
    ),
    check("orders_amount_positive", sql`${t.amount} > 0`),
    uniqueIndex("orders_open_checkout_key")
      .on(t.checkoutKey)
      .where(sql`${t.status} = 'PENDING_PAYMENT'`),
    index("orders_cart_id").on(t.cartId),
    index("orders_user_id").on(t.userId),
    index("orders_status_created_at").on(t.status, t.createdAt),
    // Scale (issue 14): the admin list's order and keyset, the dashboard's periods, email lookups.
    index("orders_created_at_id").on(t.createdAt, t.id),
    index("orders_status_paid_at").on(t.status, t.paidAt),
    index("orders_email_lower_created_at").on(sql`lower(${t.email})`, t.createdAt),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: serial("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    name: text("name").notNull(),
    unitPrice: bigint("unit_price", { mode: "number" }).notNull(),
    quantity: integer("quantity").notNull(),
    lineTotal: bigint("line_total", { mode: "number" }).notNull(),
  },
  (t) => [index("order_items_order_id").on(t.orderId)],
);

/** The gateway payment session of an order (one per order). */
export const payments = pgTable("payments", {
  /** The gateway's payment session id. */
  id: text("id").primaryKey(),
  orderId: text("order_id")
    .notNull()
    .unique()
    .references(() => orders.id, { onDelete: "cascade" }),
  requestId: text("request_id").notNull(),
  /** Gateway session status as last seen; unknown values are kept verbatim. */
  status: text("status").notNull(),
  paymentUrl: text("payment_url"),
  autoConfirm: boolean("auto_confirm").notNull(),
  /** The charge's method (VIRTUAL_ACCOUNT, QR, EWALLET, CARD), null before one is chosen. */
  method: text("method"),
  /** VA bank or e-wallet channel. */
  channel: text("channel"),
  vaNumber: text("va_number"),
  vaName: text("va_name"),
  expiresAt: at("expires_at"),
  /** The QRIS string to draw (EMV); the image is made on our server from it. */
  qrContent: text("qr_content"),
  /** The QR's own expiry, which may be earlier than the session's. */
  qrExpiresAt: at("qr_expires_at"),
  cardBrand: text("card_brand"),
  cardLast4: text("card_last4"),
  /** The failed charge's code (harsya-api.md §6.3), shown to the shopper in plain words. */
  failureCode: text("failure_code"),
  paidAt: at("paid_at"),
  /** Last session object read from the gateway. */
  raw: jsonb("raw"),
  createdAt: at("created_at").notNull().defaultNow(),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/** What happened to an order, newest last: the merchant's timeline. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: serial("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    message: text("message").notNull(),
    data: jsonb("data"),
    /** Who caused it: "system", "shopper", "gateway" or an admin's email. */
    actor: text("actor").notNull().default("system"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("order_events_order_id").on(t.orderId, t.id)],
);

/**
 * Every callback that reached the webhook. One with a wrong or missing key is kept only as a
 * summary (time, address, declared size, reason): its body is never read, so event, session, order
 * and payload stay null. Rejected callbacks are rate-limited per address, which bounds the rows.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: serial("id").primaryKey(),
    event: text("event"),
    sessionId: text("session_id"),
    orderId: text("order_id"),
    verified: boolean("verified").notNull(),
    outcome: text("outcome").notNull(),
    httpStatus: integer("http_status").notNull(),
    /** The hint read from a verified callback's body (event and session, lenient); never an unverified one's. */
    payload: jsonb("payload"),
    /** The caller's address as the platform reports it (first X-Forwarded-For hop), at most 64 characters. */
    clientAddress: text("client_address"),
    /** Bytes read (verified) or declared by Content-Length (unverified; null when not declared). */
    bodyBytes: bigint("body_bytes", { mode: "number" }),
    receivedAt: at("received_at").notNull().defaultNow(),
    /** A verified callback's id (sha256 of its body): the same callback again is this row, not another. */
    callbackId: text("callback_id"),
    /** When it was acted on (re-read from the gateway, applied); null while it waits in the inbox. */
    processedAt: at("processed_at"),
    /** How many more times the same callback arrived. */
    replays: integer("replays").notNull().default(0),
  },
  (t) => [
    index("webhook_events_order_id").on(t.orderId),
    index("webhook_events_received_at").on(t.receivedAt),
    uniqueIndex("webhook_events_callback_id").on(t.callbackId),
    index("webhook_events_unprocessed")
      .on(t.receivedAt)
      .where(sql`${t.callbackId} is not null and ${t.processedAt} is null`),
  ],
);
