import { errorMessage } from "@/lib/http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { DEMO_ACCOUNTS } from "./demo";
import { verifyPassword } from "./password";
import { registerUser } from "./register";
import { seedDemoAccounts } from "./seed";
import { createUser, findOrCreateOAuthUser, findUserByEmail, findUserById } from "./users";

describe.each(testDatabaseTargets())("user repository on $name", (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database?.close());

  it("registers an account with a hashed password and finds it by email or id", async () => {
    const created = await registerUser(database.db, {
      name: "Sari",
      email: "sari@example.com",
      password: "kopi tubruk pagi",
    });
    if (!created.ok) throw new Error(errorMessage(created.error, "en"));
    expect(created.data).toMatchObject({ email: "sari@example.com", name: "Sari" });
    expect(created.data.passwordHash).not.toContain("kopi");
    expect(await verifyPassword("kopi tubruk pagi", created.data.passwordHash!)).toBe(true);

    expect((await findUserByEmail(database.db, " SARI@example.com "))?.id).toBe(created.data.id);
    expect((await findUserById(database.db, created.data.id))?.email).toBe("sari@example.com");
    expect(await findUserByEmail(database.db, "nobody@example.com")).toBeUndefined();
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await createUser(database.db, { email: "budi@example.com", name: "Budi", passwordHash: null });
    const again = await createUser(database.db, { email: "Budi@Example.com", name: "B", passwordHash: null });
    expect(again).toMatchObject({ ok: false, error: { code: "email_taken" } });
  });

  it("creates a GitHub/Google account once and reuses it, but never takes over a password account", async () => {
    const first = await findOrCreateOAuthUser(database.db, { email: "Rina@example.com", name: "Rina" });
    const second = await findOrCreateOAuthUser(database.db, { email: "rina@example.com", name: "Rina R" });
    expect(first.ok && second.ok && first.data.id === second.data.id).toBe(true);
    expect(first.ok && first.data.passwordHash).toBeNull();

    const taken = await findOrCreateOAuthUser(database.db, { email: "sari@example.com", name: "Imposter" });
    expect(taken).toMatchObject({ ok: false, error: { code: "password_account" } });
  });

  it("seeds the demo accounts once, with their documented passwords", async () => {
    await seedDemoAccounts(database.db);
    const admin = await findUserByEmail(database.db, DEMO_ACCOUNTS.admin.email);
    await seedDemoAccounts(database.db);
    expect((await findUserByEmail(database.db, DEMO_ACCOUNTS.admin.email))?.passwordHash).toBe(
      admin?.passwordHash,
    );
    expect(await verifyPassword(DEMO_ACCOUNTS.admin.password, admin!.passwordHash!)).toBe(true);
    const shopper = await findUserByEmail(database.db, DEMO_ACCOUNTS.shopper.email);
    expect(await verifyPassword(DEMO_ACCOUNTS.shopper.password, shopper!.passwordHash!)).toBe(true);
  });
});
