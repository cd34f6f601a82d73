import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// The embedded gateway's own state. Nothing outside lib/sandbox reads these tables.

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Feeds the 12 running digits of sandbox virtual-account numbers, so every number is unique. */
export const sandboxVaNumbers = pgSequence("sandbox_va_number_seq", { startWith: 1 });

export const sandboxSessions = pgTable(
  "sandbox_sessions",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    clientReferenceId: text("client_reference_id").notNull(),
    status: text("status").notNull(),
    expiryAt: at("expiry_at"),
    /** The payment session object as the API returns it. */
    data: jsonb("data").notNull(),
    /** The create request's virtual-account options, kept for confirm and the hosted page (not echoed). */
    methodOptions: jsonb("method_options"),
    /** Bumped on every change: updates are conditional on it, so two changes never both win. */
    version: integer("version").notNull().default(0),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("sandbox_sessions_reference").on(t.clientId, t.clientReferenceId),
    index("sandbox_sessions_client_created").on(t.clientId, t.createdAt),
    // One live (open or paid) session per merchant reference: a second create answers 409
    // duplicate_error, while an expired or cancelled reference may be used again.
    uniqueIndex("sandbox_sessions_live_reference")
      .on(t.clientId, t.clientReferenceId)
      .where(sql`${t.status} not in ('EXPIRED', 'CANCELLED')`),
  ],
);

export const sandboxIdempotencyKeys = pgTable(
  "sandbox_idempotency_keys",
  {
    clientId: text("client_id").notNull(),
    key: text("key").notNull(),
    endpoint: text("endpoint").notNull(),
    payloadHash: text("payload_hash").notNull(),
    responseStatus: integer("response_status").notNull(),
    responseBody: jsonb("response_body").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.key] })],
);

export const sandboxCallbacks = pgTable(
  "sandbox_callbacks",
  {
    id: serial("id").primaryKey(),
    sessionId: text("session_id").notNull(),
    event: text("event").notNull(),
    url: text("url").notNull(),
    /** PENDING | DELIVERED | FAILED | DROPPED */
    status: text("status").notNull(),
    /** [{ at, httpStatus?, error?, durationMs }], oldest first. */
    attempts: jsonb("attempts").notNull().default([]),
    payload: jsonb("payload").notNull(),
    /** When a PENDING callback is next due; null once it is DELIVERED, FAILED or DROPPED. */
    nextAttemptAt: at("next_attempt_at"),
    /**
     * The sender holding the current attempt, and until when. A claim is a conditional update, so
     * two processes sharing the database never send the same attempt; a sender that dies mid-attempt
     * loses its claim when the time runs out and the attempt is made again by another.
     */
    claimedBy: text("claimed_by"),
    claimedUntil: at("claimed_until"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("sandbox_callbacks_session_id").on(t.sessionId),
    index("sandbox_callbacks_created_at").on(t.createdAt),
    index("sandbox_callbacks_due")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
  ],
);

/** Refunds (`/v1/refunds`): the refund object as the API returns it, and where it is headed. */
export const sandboxRefunds = pgTable(
  "sandbox_refunds",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    sessionId: text("session_id").notNull(),
    clientReferenceId: text("client_reference_id").notNull(),
    status: text("status").notNull(),
    /** Whole rupiah. */
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** What the test data decided at create: SUCCESS, FAILED, or WAITING (bank transfer, then SUCCESS). */
    outcome: text("outcome").notNull(),
    /** When the refund takes its next step (on a read, or the timer set at create). */
    nextStepAt: at("next_step_at"),
    data: jsonb("data").notNull(),
    version: integer("version").notNull().default(0),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("sandbox_refunds_session").on(t.clientId, t.sessionId),
    index("sandbox_refunds_reference").on(t.clientId, t.clientReferenceId),
  ],
);

/**
 * The embedded mailbox: every email the shop hands to the sandbox (no SMTP_URL configured), as
 * sent. One row per message id, so a delivery retried after a lost answer is stored once.
 */
export const sandboxMailbox = pgTable(
  "sandbox_mailbox",
  {
    id: serial("id").primaryKey(),
    /** The shop's message id (its Message-ID header and outbox row). */
    messageId: text("message_id").notNull().unique(),
    from: text("from").notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    /** The whole MIME message, byte for byte as it would go over SMTP. */
    raw: text("raw").notNull(),
    /** Inline parts the HTML refers to by `cid:` (the QRIS image): [{ cid, contentType, base64 }]. */
    attachments: jsonb("attachments").notNull().default([]),
    receivedAt: at("received_at").notNull().defaultNow(),
  },
  (t) => [index("sandbox_mailbox_received_at").on(t.receivedAt)],
);
