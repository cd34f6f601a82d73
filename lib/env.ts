import "server-only";
import { z } from "zod";
import { merchantWebhookConfig, MERCHANT_WEBHOOK_VARIABLES } from "@/lib/merchant-webhooks/variables";

/**
 * Every environment variable the app reads, parsed once. This is the only module that touches
 * `process.env`; everything else imports `env()`.
 */

// Development-only gateway credentials used by the embedded sandbox. They are public on purpose:
// the sandbox accepts exactly these (or whatever you configure), and they are refused with a real gateway.
export const SANDBOX_DEFAULTS = {
  clientId: "sandbox-client-id",
  clientSecret: "sandbox-client-secret",
  callbackApiKey: "sandbox-callback-api-key",
} as const;

const DEV_AUTH_SECRET = "development-only-auth-secret-do-not-use-in-production";

const optionalText = z.string().trim().min(1).optional();
const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((value) => value.replace(/\/+$/, ""));
const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
/** "5s,15s,1m": up to 20 delays, each at most a day. */
const durationList = z
  .string()
  .regex(/^\s*\d+\s*(ms|s|m|h)\s*(,\s*\d+\s*(ms|s|m|h)\s*)*$/, {
    error: "must be durations separated by commas, e.g. 5s,15s,1m,3m,6m,12m (units ms, s, m, h)",
  })
  .transform((value) =>
    value.split(",").map((item) => {
      const [, amount = "", unit = ""] = /(\d+)\s*(ms|s|m|h)/.exec(item) ?? [];
      return Number(amount) * (DURATION_UNITS_MS[unit] ?? Number.NaN);
    }),
  )
  .refine((delays) => delays.length <= 20, "must list at most 20 delays")
  .refine((delays) => delays.every((delay) => delay <= 86_400_000), "each delay must be at most 24h");

const RawEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  VERCEL_PROJECT_PRODUCTION_URL: optionalText,
  VERCEL_URL: optionalText,
  VERCEL_ENV: optionalText,

  APP_URL: httpUrl.optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  STORE_NAME: z.string().trim().min(1).max(60).default("Harsya Store"),
  PAYMENT_SESSION_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    // The gateway's documented maximum expiry for virtual accounts is 30 days.
    .max(30 * 24 * 60, "must be at most 43200 minutes (30 days)")
    .default(15),

  CHECKOUT_RATE_LIMIT_PER_CART: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100_000)
    .default(10),
  CHECKOUT_RATE_LIMIT_PER_ADDRESS: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1_000_000)
    .default(60),

  HARSYA_BASE_URL: httpUrl.optional(),
  HARSYA_CLIENT_ID: optionalText,
  HARSYA_CLIENT_SECRET: optionalText,
  HARSYA_CALLBACK_API_KEY: optionalText,
  HARSYA_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  HARSYA_BYPASS_STATUS_PAGE: booleanFlag.default(true),
  SANDBOX_CALLBACK_URL: httpUrl.optional(),
  SANDBOX_CALLBACK_RETRY_DELAYS: durationList.optional(),
  ALLOW_SANDBOX_IN_PRODUCTION: booleanFlag.default(false),

  ...MERCHANT_WEBHOOK_VARIABLES,
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),

  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_TRUST_HOST: booleanFlag.optional(),
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  ADMIN_EMAILS: z.string().default(""),
});

export type Env = ReturnType<typeof parseEnv>;

export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      "Invalid environment configuration:\n" +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Parses a raw environment (tests pass their own); blank values count as unset. */
export function parseEnv(source: Record<string, string | undefined>) {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = RawEnv.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const raw = result.data;

  // On Vercel: the production URL it provides, but a preview's own URL for previews, so that their
  // return URLs and callbacks come back to the preview rather than to production.
  const vercelHost =
    raw.VERCEL_ENV === "preview" && raw.VERCEL_URL ? raw.VERCEL_URL : raw.VERCEL_PROJECT_PRODUCTION_URL;
  const appUrl =
    raw.APP_URL ??
    (vercelHost ? `https://${vercelHost.replace(/\/+$/, "")}` : `http://localhost:${raw.PORT ?? 3000}`);

  const sandboxMode = raw.HARSYA_BASE_URL === undefined;
  const missing: { variable: string; message: string }[] = [];
  const gatewayKey = (name: string, value: string | undefined, sandboxDefault: string) => {
    if (value) return value;
    if (sandboxMode) return sandboxDefault;
    missing.push({ variable: name, message: "is required when HARSYA_BASE_URL is set" });
    return "";
  };
  const clientId = gatewayKey("HARSYA_CLIENT_ID", raw.HARSYA_CLIENT_ID, SANDBOX_DEFAULTS.clientId);
  const clientSecret = gatewayKey(
    "HARSYA_CLIENT_SECRET",
    raw.HARSYA_CLIENT_SECRET,
    SANDBOX_DEFAULTS.clientSecret,
  );
  const callbackApiKey = gatewayKey(
    "HARSYA_CALLBACK_API_KEY",
    raw.HARSYA_CALLBACK_API_KEY,
    SANDBOX_DEFAULTS.callbackApiKey,
  );

  const development = raw.NODE_ENV !== "production";
  if (sandboxMode && !development && !raw.ALLOW_SANDBOX_IN_PRODUCTION) {
    // A production server on the sandbox would "sell" for simulated payments: refuse unless asked.
    missing.push({
      variable: "HARSYA_BASE_URL",
      message:
        "is required in production: without it the embedded sandbox takes only simulated payments. For a demo or a preview, set ALLOW_SANDBOX_IN_PRODUCTION=true",
    });
  }
  if (!raw.AUTH_SECRET && !development) {
    missing.push({
      variable: "AUTH_SECRET",
      message: "is required outside development (generate one with `openssl rand -base64 32`)",
    });
  }
  const merchantWebhook = merchantWebhookConfig(raw, missing);
  if (missing.length > 0) throw new EnvError(missing);

  return {
    nodeEnv: raw.NODE_ENV,
    development,
    appUrl,
    storeName: raw.STORE_NAME,
    databaseUrl: raw.DATABASE_URL,
    pgliteDir: raw.PGLITE_DIR,
    paymentSessionMinutes: raw.PAYMENT_SESSION_MINUTES,
    // Our return page tells the truth itself (it polls the order), so the gateway's own result
    // page is only a detour: shoppers go straight back to us unless this is turned off.
    bypassStatusPage: raw.HARSYA_BYPASS_STATUS_PAGE,
    // A cart has one open order at a time, so its limit only bounds gateway calls and can be
    // tight; carriers put many shoppers behind one address (CGNAT), so that limit is generous.
    checkoutLimits: {
      perCart: { name: "checkout-cart", limit: raw.CHECKOUT_RATE_LIMIT_PER_CART, windowSeconds: 600 },
      perAddress: {
        name: "checkout-address",
        limit: raw.CHECKOUT_RATE_LIMIT_PER_ADDRESS,
        windowSeconds: 60,
      },
    },
    harsya: {
      sandboxMode,
      baseUrl: raw.HARSYA_BASE_URL ?? `${appUrl}/sandbox`,
      clientId,
      clientSecret,
      callbackApiKey,
      timeoutMs: raw.HARSYA_TIMEOUT_MS,
    },
    sandboxCallbackUrl: raw.SANDBOX_CALLBACK_URL ?? `${appUrl}/api/webhooks/harsya`,
    /** Unset: the sandbox's own compressed schedule (lib/sandbox/deps.ts). */
    sandboxCallbackRetryDelaysMs: raw.SANDBOX_CALLBACK_RETRY_DELAYS,
    /** Where signed order webhooks go; undefined (nothing is written for them) without a URL. */
    merchantWebhook,
    cronSecret: raw.CRON_SECRET,
    auth: {
      // Auth.js's base URL: every URL it builds (redirects, OAuth callbacks) starts with it.
      url: `${appUrl}/api/auth`,
      secret: raw.AUTH_SECRET ?? DEV_AUTH_SECRET,
      // `next start` and Vercel serve behind hosts Auth.js cannot verify on its own; APP_URL is ours.
      trustHost: raw.AUTH_TRUST_HOST ?? true,
      github:
        raw.AUTH_GITHUB_ID && raw.AUTH_GITHUB_SECRET
          ? { clientId: raw.AUTH_GITHUB_ID, clientSecret: raw.AUTH_GITHUB_SECRET }
          : undefined,
      google:
        raw.AUTH_GOOGLE_ID && raw.AUTH_GOOGLE_SECRET
          ? { clientId: raw.AUTH_GOOGLE_ID, clientSecret: raw.AUTH_GOOGLE_SECRET }
          : undefined,
    },
    adminEmails: raw.ADMIN_EMAILS.split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
    vercelEnv: raw.VERCEL_ENV,
  };
}

let cached: Env | undefined;

/** The app's configuration, parsed from `process.env` on first use. Throws `EnvError` naming each bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Auth.js takes its base URL from `process.env.AUTH_URL` and nowhere else; without it, it uses
 * the request's URL and `Host`/`X-Forwarded-Host` headers, which say `localhost` when `next start`
 * runs without `-H` and whatever a proxy or client sends otherwise. Pinned to APP_URL (a set
 * AUTH_URL is overridden), so every URL it builds is on our own origin.
 */
export function pinAuthUrl(): void {
  process.env.AUTH_URL = env().auth.url;
}
