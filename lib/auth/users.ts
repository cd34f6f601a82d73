import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { fail, ok, type Result } from "@/lib/result";

export type User = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

const emailTaken = () =>
  fail({
    code: "email_taken",
    fields: { email: { problem: "taken" } },
  });

/** Creates a password account. The unique email decides races: the loser gets `email_taken`. */
export async function createUser(
  db: Db,
  input: { email: string; name: string | null; passwordHash: string | null },
): Promise<Result<User>> {
  const [user] = await db
    .insert(users)
    .values({ id: randomUUID(), ...input, email: input.email.trim().toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return user ? ok(user) : emailTaken();
}

/**
 * The account for a GitHub or Google sign-in, created on first use. An email that already has a
 * password account is refused: the provider proves control of the email at the provider, not the
 * password holder's consent, so we do not silently merge (Auth.js's own default for linking).
 */
export async function findOrCreateOAuthUser(
  db: Db,
  input: { email: string; name: string | null },
): Promise<Result<User>> {
  const existing = await findUserByEmail(db, input.email);
  if (existing) {
    return existing.passwordHash === null ? ok(existing) : fail({ code: "password_account" });
  }
  const created = await createUser(db, { ...input, passwordHash: null });
  // Two first sign-ins at once: the other request created it, so read it back.
  if (!created.ok) return findOrCreateOAuthUser(db, input);
  return created;
}
