import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  /** Always stored lower-cased; the unique key of an account. */
  email: text("email").notNull().unique(),
  name: text("name"),
  /** `scrypt$...` hash; null for accounts that only sign in with GitHub or Google. */
  passwordHash: text("password_hash"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
