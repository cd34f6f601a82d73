import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, SANDBOX_DEFAULTS } from "./env";

function issuesOf(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("runs with no configuration at all: PGlite, the sandbox, development secrets", () => {
    const env = parseEnv({});
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.databaseUrl).toBeUndefined();
    expect(env.pgliteDir).toBe(".data/pglite");
    expect(env.paymentSessionMinutes).toBe(15);
    expect(env.harsya).toMatchObject({
      sandboxMode: true,
      baseUrl: "http://localhost:3000/sandbox",
      clientId: SANDBOX_DEFAULTS.clientId,
      callbackApiKey: SANDBOX_DEFAULTS.callbackApiKey,
      timeoutMs: 10_000,
    });
    expect(env.sandboxCallbackUrl).toBe("http://localhost:3000/api/webhooks/harsya");
    expect(env.auth.trustHost).toBe(true);
    expect(env.auth.url).toBe("http://localhost:3000/api/auth");
  });

  it("treats blank values as unset, as copied from .env.example", () => {
    expect(parseEnv({ DATABASE_URL: "", STORE_NAME: "  ", HARSYA_BASE_URL: "" }).harsya.sandboxMode).toBe(
      true,
    );
  });

  it("falls back to the production URL Vercel provides, and prefers APP_URL", () => {
    expect(parseEnv({ VERCEL_PROJECT_PRODUCTION_URL: "shop.vercel.app" }).appUrl).toBe(
      "https://shop.vercel.app",
    );
    expect(
      parseEnv({ VERCEL_PROJECT_PRODUCTION_URL: "shop.vercel.app", APP_URL: "https://toko.id/" }).appUrl,
    ).toBe("https://toko.id");
  });

  it("reads the sandbox's callback retry schedule as durations", () => {
    expect(parseEnv({}).sandboxCallbackRetryDelaysMs).toBeUndefined();
    expect(
      parseEnv({ SANDBOX_CALLBACK_RETRY_DELAYS: "5m, 15m,1h,3h,6h,12h" }).sandboxCallbackRetryDelaysMs,
    ).toEqual([300_000, 900_000, 3_600_000, 10_800_000, 21_600_000, 43_200_000]);
    expect(parseEnv({ SANDBOX_CALLBACK_RETRY_DELAYS: "500ms,2s" }).sandboxCallbackRetryDelaysMs).toEqual([
      500, 2_000,
    ]);
    expect(issuesOf({ SANDBOX_CALLBACK_RETRY_DELAYS: "5 minutes" })[0]?.variable).toBe(
      "SANDBOX_CALLBACK_RETRY_DELAYS",
    );
    expect(issuesOf({ SANDBOX_CALLBACK_RETRY_DELAYS: "25h" })[0]?.message).toBe(
      "each delay must be at most 24h",
    );
  });

  it("names each bad value", () => {
    expect(
      issuesOf({ DATABASE_URL: "mysql://x", PAYMENT_SESSION_MINUTES: "0", APP_URL: "not a url" })
        .map((issue) => issue.variable)
        .sort(),
    ).toEqual(["APP_URL", "DATABASE_URL", "PAYMENT_SESSION_MINUTES"]);
    expect(issuesOf({ PAYMENT_SESSION_MINUTES: "1.5" })[0]?.message).toBe(
      "must be a whole number of minutes",
    );
    expect(issuesOf({ AUTH_SECRET: "short" })[0]).toEqual({
      variable: "AUTH_SECRET",
      message: "must be at least 32 characters",
    });
  });

  it("requires the gateway keys once a real gateway is configured, naming the missing ones", () => {
    const issues = issuesOf({ HARSYA_BASE_URL: "https://api-stg.pivot-payment.com", HARSYA_CLIENT_ID: "id" });
    expect(issues.map((issue) => issue.variable)).toEqual([
      "HARSYA_CLIENT_SECRET",
      "HARSYA_CALLBACK_API_KEY",
    ]);
    const real = parseEnv({
      HARSYA_BASE_URL: "https://api-stg.pivot-payment.com/",
      HARSYA_CLIENT_ID: "id",
      HARSYA_CLIENT_SECRET: "secret",
      HARSYA_CALLBACK_API_KEY: "key",
    });
    expect(real.harsya).toMatchObject({ sandboxMode: false, baseUrl: "https://api-stg.pivot-payment.com" });
  });

  it("requires AUTH_SECRET outside development", () => {
    const demo = { NODE_ENV: "production", ALLOW_SANDBOX_IN_PRODUCTION: "true" };
    expect(issuesOf(demo).map((issue) => issue.variable)).toEqual(["AUTH_SECRET"]);
    expect(parseEnv({ ...demo, AUTH_SECRET: "x".repeat(32) }).auth.secret).toBe("x".repeat(32));
  });

  it("refuses to run a production server on the sandbox unless asked to", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
    expect(issuesOf(production).map((issue) => issue.variable)).toEqual(["HARSYA_BASE_URL"]);
    expect(parseEnv({ ...production, ALLOW_SANDBOX_IN_PRODUCTION: "true" }).harsya.sandboxMode).toBe(true);
  });

  it("gives a Vercel preview its own URL", () => {
    const vercel = { VERCEL_PROJECT_PRODUCTION_URL: "shop.vercel.app", VERCEL_URL: "shop-git-x.vercel.app" };
    expect(parseEnv({ ...vercel, VERCEL_ENV: "preview" }).appUrl).toBe("https://shop-git-x.vercel.app");
    expect(parseEnv({ ...vercel, VERCEL_ENV: "production" }).appUrl).toBe("https://shop.vercel.app");
  });

  it("reads the admin list case-insensitively and switches OAuth on only with both keys", () => {
    const env = parseEnv({ ADMIN_EMAILS: " Owner@Toko.id, ,ops@toko.id", AUTH_GITHUB_ID: "gh" });
    expect(env.adminEmails).toEqual(["owner@toko.id", "ops@toko.id"]);
    expect(env.auth.github).toBeUndefined();
  });
});
