import type { Db } from "@/lib/db";
import type { Env } from "@/lib/env";
import type { PaymentGateway } from "@/lib/harsya";
import type { Clock } from "@/lib/time";

/** What the refund use cases touch; AppDeps fits it, tests build it from their own parts. */
export interface RefundDeps {
  db: Db;
  gateway: PaymentGateway;
  clock: Clock;
  /** Where `order.refunded` goes; without it no merchant webhook is written. */
  config?: Partial<Pick<Env, "merchantWebhook">>;
}
