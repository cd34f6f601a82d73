import "server-only";
import { env } from "@/lib/env";
import { demoAccountsEnabled } from "./demo";
import type { AdminConfig } from "./rules";

/** The rules' configuration, from the environment. No database and no node:crypto: proxy.ts uses it. */
export function adminConfig(): AdminConfig {
  const config = env();
  return {
    adminEmails: config.adminEmails,
    demoAccounts: demoAccountsEnabled({
      sandboxMode: config.harsya.sandboxMode,
      vercelEnv: config.vercelEnv,
    }),
  };
}
