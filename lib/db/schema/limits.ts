import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window counters for rate limits. They live in the database, not in a process, so every
 * instance of the app (Vercel runs many) counts against the same window.
 */
export const rateLimits = pgTable("rate_limits", {
  /** `<rule>:<hash of the subject>`: a cart, an address or an email, never stored in the clear. */
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});
