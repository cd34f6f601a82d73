import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { DEMO_ACCOUNTS } from "./demo";
import { registerUser } from "./register";
import { seedDemoAccounts } from "./seed";
import { allowSignIn, attachAccountId, authorizeCredentials } from "./sign-in";
import { findUserByEmail } from "./users";

// The Auth.js callbacks use the app's database; here it is a throw-away PGlite. Tests run without
// HARSYA_BASE_URL, i.e. in sandbox mode, so the demo accounts are enabled.
const holder = vi.hoisted(() => ({ database: undefined as TestDatabase | undefined }));
vi.mock("@/lib/server/deps", () => ({ database: async () => holder.database!.db }));

const oauth = (provider: "github" | "google") => ({
  provider,
  type: "oauth" as const,
  providerAccountId: "12345",
});

describe("Auth.js callbacks", () => {
  beforeAll(async () => {
    holder.database = await openTestPglite();
    await registerUser(holder.database.db, {
      name: "Sari",
      email: "sari@example.com",
      password: "kopi tubruk pagi",
    });
    await seedDemoAccounts(holder.database.db);
  });
  afterAll(() => holder.database?.close());

  it("signs in with the right password only, whatever the email's case", async () => {
    const user = await authorizeCredentials({ email: "SARI@example.com", password: "kopi tubruk pagi" });
    expect(user).toMatchObject({ email: "sari@example.com", name: "Sari" });
    expect(user?.id).toBe((await findUserByEmail(holder.database!.db, "sari@example.com"))?.id);

    expect(
      await authorizeCredentials({ email: "sari@example.com", password: "kopi tubruk sore" }),
    ).toBeNull();
    expect(
      await authorizeCredentials({ email: "nobody@example.com", password: "kopi tubruk pagi" }),
    ).toBeNull();
    expect(await authorizeCredentials({ email: "not an email", password: "x" })).toBeNull();
    expect(await authorizeCredentials(undefined)).toBeNull();
  });

  it("lets the demo accounts sign in while they are enabled", async () => {
    const { admin } = DEMO_ACCOUNTS;
    expect(await authorizeCredentials({ email: admin.email, password: admin.password })).toMatchObject({
      email: admin.email,
    });
  });

  it("creates an account on a first GitHub sign-in and puts our id in the token", async () => {
    const user = { id: "github-12345", email: "Rina@Example.com", name: "Rina" };
    expect(await allowSignIn({ user, account: oauth("github") })).toBe(true);
    const row = await findUserByEmail(holder.database!.db, "rina@example.com");
    expect(row?.passwordHash).toBeNull();

    const token = await attachAccountId({
      token: { sub: "github-12345", email: "rina@example.com", name: "Rina" },
      account: oauth("github"),
    });
    expect(token.sub).toBe(row?.id);
  });

  it("refuses provider sign-ins that could take over or lack a verified email", async () => {
    const sari = { id: "g-1", email: "sari@example.com", name: "Not Sari" };
    expect(await allowSignIn({ user: sari, account: oauth("github") })).toBe("/signin?error=PasswordAccount");

    const unverified = { id: "g-2", email: "new@example.com", name: "New" };
    expect(
      await allowSignIn({ user: unverified, account: oauth("google"), profile: { email_verified: false } }),
    ).toBe("/signin?error=EmailRequired");
    expect(await findUserByEmail(holder.database!.db, "new@example.com")).toBeUndefined();
    expect(await allowSignIn({ user: { id: "g-3", name: "No email" }, account: oauth("github") })).toBe(
      "/signin?error=EmailRequired",
    );
    expect(
      await allowSignIn({ user: unverified, account: oauth("google"), profile: { email_verified: true } }),
    ).toBe(true);
  });

  it("holds a provider's email and name to our own bounds (NUL never reaches the database)", async () => {
    expect(
      await allowSignIn({
        user: { id: "g-4", email: "nul\u0000@example.com", name: "X" },
        account: oauth("github"),
      }),
    ).toBe("/signin?error=EmailRequired");
    expect(
      await allowSignIn({
        user: { id: "g-5", email: "dewi@example.com", name: "De\u0000wi" },
        account: oauth("github"),
      }),
    ).toBe(true);
    expect((await findUserByEmail(holder.database!.db, "dewi@example.com"))?.name).toBeNull();
  });

  it("leaves credentials sign-ins and later token refreshes alone", async () => {
    const token = { sub: "user-1", email: "sari@example.com" };
    expect(
      await allowSignIn({
        user: { id: "user-1" },
        account: { ...oauth("github"), provider: "credentials", type: "credentials" },
      }),
    ).toBe(true);
    expect(await attachAccountId({ token })).toBe(token);
    expect(
      await attachAccountId({
        token,
        account: { ...oauth("github"), provider: "credentials", type: "credentials" },
      }),
    ).toBe(token);
  });
});
