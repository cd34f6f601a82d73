import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";
import { DEMO_ACCOUNTS } from "./demo";
import { registerUser } from "./register";
import { seedDemoAccounts } from "./seed";
import { tooManyAttemptsMessage } from "./messages";
import {
  allowSignIn,
  attachAccountId,
  authorizeCredentials,
  rateLimitedRetryAfter,
  SignInRateLimited,
} from "./sign-in";
import { AUTH_RATE_LIMITS, countSignInAttempt } from "./throttle";
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

  describe("rate limits", () => {
    const from = (address: string) =>
      new Request("http://127.0.0.1:3000/api/auth/callback/credentials", {
        headers: { "x-forwarded-for": address },
      });
    const attempt = (email: string, password: string, address = "198.51.100.1") =>
      authorizeCredentials({ email, password }, from(address));

    it("refuses a sixth attempt for one email within 15 minutes, even with the right password", async () => {
      await registerUser(holder.database!.db, {
        name: "Wati",
        email: "wati@example.com",
        password: "kopi tubruk pagi",
      });
      for (let i = 0; i < AUTH_RATE_LIMITS.signInPerEmail.limit; i += 1) {
        expect(await attempt("wati@example.com", `wrong guess ${i}`, `198.51.100.${i}`)).toBeNull();
      }
      const refused = await attempt("WATI@example.com", "kopi tubruk pagi", "198.51.100.99").catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(SignInRateLimited);
      const { retryAfterSeconds } = refused as SignInRateLimited;
      expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      expect(tooManyAttemptsMessage(retryAfterSeconds, "en")).toBe(
        "Too many attempts. Try again in 15 minutes.",
      );
    });

    it("forgets an account's failures once it signs in", async () => {
      await registerUser(holder.database!.db, {
        name: "Yanti",
        email: "yanti@example.com",
        password: "kopi tubruk pagi",
      });
      for (let round = 0; round < 2; round += 1) {
        for (let i = 0; i < AUTH_RATE_LIMITS.signInPerEmail.limit - 1; i += 1) {
          expect(await attempt("yanti@example.com", "wrong guess")).toBeNull();
        }
        expect(await attempt("yanti@example.com", "kopi tubruk pagi")).toMatchObject({
          email: "yanti@example.com",
        });
      }
    });

    it("refuses an address that tried too many accounts, whatever the email", async () => {
      const address = "203.0.113.7";
      for (let i = 0; i < AUTH_RATE_LIMITS.signInPerAddress.limit; i += 1) {
        await countSignInAttempt(holder.database!.db, `sprayed-${i}@example.com`, address);
      }
      await expect(attempt("sari@example.com", "kopi tubruk pagi", address)).rejects.toBeInstanceOf(
        SignInRateLimited,
      );
      expect(await attempt("sari@example.com", "kopi tubruk pagi", "203.0.113.8")).toMatchObject({
        email: "sari@example.com",
      });
    });

    it("reads the wait back from Auth.js's redirect", () => {
      expect(
        rateLimitedRetryAfter(`/signin?error=CredentialsSignin&code=${new SignInRateLimited(840).code}`),
      ).toBe(840);
      expect(rateLimitedRetryAfter("http://x.example/signin?error=CredentialsSignin&code=credentials")).toBe(
        undefined,
      );
      expect(rateLimitedRetryAfter(null)).toBeUndefined();
      expect(tooManyAttemptsMessage(30, "en")).toBe("Too many attempts. Try again in 1 minute.");
    });
  });
});
