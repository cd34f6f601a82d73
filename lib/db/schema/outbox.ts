import { sql } from "drizzle-orm";
import {
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

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * PENDING: waiting for its next attempt. DELIVERED: the receiver answered 2xx. FAILED: every
 * attempt of the retry schedule failed. GAVE_UP: the merchant stopped it. "Resend" makes any
 * of the last three PENDING again.
 */
export const OUTBOX_STATUSES = ["PENDING", "DELIVERED", "FAILED", "GAVE_UP"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * The shop's one outbox: everything that must reach someone after a state change is a row written
 * in the same transaction as the change, then delivered (after the response and by the cron) by
 * the sender of its kind. One row per (kind, subject, key): never written, so never sent, twice.
 */
export const outbox = pgTable(
  "outbox",
  {
    /** Also the message's id on the wire (a merchant webhook's `webhook-id`): stable across retries. */
    id: text("id").primaryKey(),
    /** Which sender delivers it, e.g. "merchant_webhook" (later "email"). */
    kind: text("kind").notNull(),
    /** What it is about, e.g. the order id. */
    subject: text("subject").notNull(),
    /** What happened, e.g. "order.paid". */
    event: text("event").notNull(),
    /** The once-only key within (kind, subject): the event, or the event and e.g. a refund id. */
    key: text("key").notNull(),
    payload: jsonb("payload").notNull(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("PENDING"),
    /** Attempts since it was written or last resent; the retry schedule counts these. */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    /** A deliverer's claim; once it runs out (a crash), another deliverer may take the row. */
    claimedBy: text("claimed_by"),
    claimedUntil: at("claimed_until"),
    lastAttemptAt: at("last_attempt_at"),
    lastResponseStatus: integer("last_response_status"),
    /** The start of the receiver's answer, or why no answer came. */
    lastResponse: text("last_response"),
    deliveredAt: at("delivered_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("outbox_status_known", sql`${t.status} in ('PENDING', 'DELIVERED', 'FAILED', 'GAVE_UP')`),
    uniqueIndex("outbox_once").on(t.kind, t.subject, t.key),
    index("outbox_due").on(t.status, t.nextAttemptAt),
    index("outbox_kind_created_at").on(t.kind, t.createdAt),
  ],
);

/** Every attempt to deliver an outbox row, with the receiver's answer. */
export const outboxAttempts = pgTable(
  "outbox_attempts",
  {
    id: serial("id").primaryKey(),
    messageId: text("message_id")
      .notNull()
      .references(() => outbox.id, { onDelete: "cascade" }),
    at: at("at").notNull(),
    durationMs: integer("duration_ms").notNull(),
    /** Null when no HTTP answer came (refused connection, time-out). */
    responseStatus: integer("response_status"),
    response: text("response"),
    outcome: text("outcome", { enum: ["DELIVERED", "RETRY", "FAILED"] }).notNull(),
  },
  (t) => [index("outbox_attempts_message").on(t.messageId, t.at)],
);
