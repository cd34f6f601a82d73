import { z } from "zod";
import { MAIL_VARIABLES } from "@/lib/mail/variables";
import { MERCHANT_WEBHOOK_VARIABLES } from "@/lib/merchant-webhooks/variables";

/** The raw shape of every environment variable (lib/env.ts parses and checks them together). */

export const optionalText = z.string().trim().min(1).optional();
export const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((value) => value.replace(/\/+$/, ""));
export const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
/** "5s,15s,1m": up to 20 delays, each at most a day. */
export const durationList = z
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

export const RawEnv = z.object({
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
  ...MAIL_VARIABLES,
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),

  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_TRUST_HOST: booleanFlag.optional(),
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  ADMIN_EMAILS: z.string().default(""),
});
