import type { Db } from "@/lib/db";
import type { Env } from "@/lib/env";
import type { PaymentGateway } from "@/lib/harsya";
import type { Clock } from "@/lib/time";

/**
 * What the checkout use cases touch: the composition root's AppDeps (lib/server/deps.ts) fits it,
 * and tests build it with a test database, a sandbox they started and a clock of their own.
 */
export interface CheckoutDeps {
  db: Db;
  gateway: PaymentGateway;
  config: Pick<Env, "appUrl" | "storeName" | "paymentSessionMinutes" | "checkoutLimits"> & {
    harsya: Pick<Env["harsya"], "callbackApiKey">;
  } & Partial<Pick<Env, "merchantWebhook" | "mail" | "bypassStatusPage">>;
  clock: Clock;
}
