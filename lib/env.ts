import "server-only";
import { mailConfig } from "@/lib/mail/variables";
import { merchantWebhookConfig } from "@/lib/merchant-webhooks/variables";
import { RawEnv } from "./env-schema";

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
    /** Shopper emails: SMTP, or the sandbox's mailbox, or kept unsendable in the outbox. */
    mail: mailConfig(raw, { storeName: raw.STORE_NAME, appUrl }),
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
