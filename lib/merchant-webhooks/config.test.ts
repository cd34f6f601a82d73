import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const secret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;

function issuesOf(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  return [];
}

describe("merchant webhook configuration", () => {
  it("is off without MERCHANT_WEBHOOK_URL", () => {
    expect(parseEnv({}).merchantWebhook).toBeUndefined();
  });

  it("keeps the URL as given (a trailing slash is part of its path) with its secret", () => {
    const config = parseEnv({
      MERCHANT_WEBHOOK_URL: "https://merchant.example/hooks/",
      MERCHANT_WEBHOOK_SECRET: secret,
    });
    expect(config.merchantWebhook).toEqual({ url: "https://merchant.example/hooks/", secret });
  });

  it("stops start-up naming a missing secret, a malformed secret or URL", () => {
    expect(issuesOf({ MERCHANT_WEBHOOK_URL: "https://merchant.example/hooks" })).toEqual([
      { variable: "MERCHANT_WEBHOOK_SECRET", message: "is required when MERCHANT_WEBHOOK_URL is set" },
    ]);
    expect(
      issuesOf({ MERCHANT_WEBHOOK_URL: "ftp://merchant.example", MERCHANT_WEBHOOK_SECRET: secret }),
    ).toEqual([{ variable: "MERCHANT_WEBHOOK_URL", message: "must be an http(s) URL" }]);
    const short = issuesOf({
      MERCHANT_WEBHOOK_URL: "https://m.example",
      MERCHANT_WEBHOOK_SECRET: "whsec_abc",
    });
    expect(short.map((issue) => issue.variable)).toEqual(["MERCHANT_WEBHOOK_SECRET"]);
    expect(short[0]?.message).toMatch(/whsec_/);
    const raw = issuesOf({
      MERCHANT_WEBHOOK_URL: "https://m.example",
      MERCHANT_WEBHOOK_SECRET: "x".repeat(40),
    });
    expect(raw.map((issue) => issue.variable)).toEqual(["MERCHANT_WEBHOOK_SECRET"]);
  });
});
