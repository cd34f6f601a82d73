import { z } from "zod";
import type { MerchantWebhookConfig } from "./events";
import { isWebhookSecret } from "./signature";

/** The merchant webhook's variables, part of lib/env.ts's one schema. */
export const MERCHANT_WEBHOOK_VARIABLES = {
  // Not trimmed of its trailing slash like other URLs: for a webhook it is part of the path.
  MERCHANT_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  MERCHANT_WEBHOOK_SECRET: z
    .string()
    .trim()
    .refine(isWebhookSecret, {
      error:
        "must be a Standard Webhooks secret: whsec_ followed by 24 to 64 random bytes in base64 (e.g. `echo whsec_$(openssl rand -base64 32)`)",
    })
    .optional(),
};

/** Where webhooks go, or undefined (nothing is written for them); a URL without a secret is an issue. */
export function merchantWebhookConfig(
  raw: { MERCHANT_WEBHOOK_URL?: string; MERCHANT_WEBHOOK_SECRET?: string },
  issues: { variable: string; message: string }[],
): MerchantWebhookConfig | undefined {
  if (!raw.MERCHANT_WEBHOOK_URL) return undefined;
  if (!raw.MERCHANT_WEBHOOK_SECRET) {
    issues.push({
      variable: "MERCHANT_WEBHOOK_SECRET",
      message: "is required when MERCHANT_WEBHOOK_URL is set",
    });
    return undefined;
  }
  return { url: raw.MERCHANT_WEBHOOK_URL, secret: raw.MERCHANT_WEBHOOK_SECRET };
}
