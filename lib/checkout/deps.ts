import "server-only";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { harsyaClient, type HarsyaClient } from "@/lib/harsya";
import type { RateLimitRule } from "@/lib/rate-limit";

/** Everything the checkout use cases touch, injectable so tests can run them on a test database and sandbox. */
export interface CheckoutDeps {
  db: Db;
  gateway: Pick<
    HarsyaClient,
    "createPayment" | "getPayment" | "listPayments" | "confirmPayment" | "cancelPayment"
  >;
  config: {
    appUrl: string;
    storeName: string;
    paymentSessionMinutes: number;
    callbackApiKey: string;
    checkoutLimits: { perCart: RateLimitRule; perAddress: RateLimitRule };
  };
}

export async function checkoutDeps(): Promise<CheckoutDeps> {
  const config = env();
  return {
    db: await getDb(),
    gateway: harsyaClient(),
    config: {
      appUrl: config.appUrl,
      storeName: config.storeName,
      paymentSessionMinutes: config.paymentSessionMinutes,
      callbackApiKey: config.harsya.callbackApiKey,
      checkoutLimits: config.checkoutLimits,
    },
  };
}
