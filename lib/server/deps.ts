import "server-only";
import { seedDemoAccounts } from "@/lib/auth/seed";
import { adminConfig } from "@/lib/auth/settings";
import { openDatabase, SANDBOX_MIGRATIONS, type Db } from "@/lib/db/client";
import { seedCatalog } from "@/lib/db/seed";
import { env, type Env } from "@/lib/env";
import { HarsyaClient, type PaymentGateway } from "@/lib/harsya";
import type { Clock } from "@/lib/time";

/**
 * Everything a use case may touch. Built once here, the composition root, and handed to exactly
 * one use case by each route handler, server action and page; tests build the same shape with
 * their own parts (a test database, a sandbox they started, a clock they move).
 */
export interface AppDeps {
  db: Db;
  gateway: PaymentGateway;
  config: Env;
  clock: Clock;
}

export const systemClock: Clock = { now: () => new Date() };

async function build(): Promise<AppDeps> {
  const config = env();
  const { db } = await openDatabase(
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl }
      : { kind: "pglite", dataDir: config.pgliteDir },
    // The embedded sandbox keeps its tables in a history of their own, made only when it runs.
    config.harsya.sandboxMode ? [SANDBOX_MIGRATIONS] : [],
  );
  // Start-up data: the demo catalog when the shop is empty, and the sandbox's demo accounts.
  await seedCatalog(db);
  if (adminConfig().demoAccounts) await seedDemoAccounts(db);
  const { baseUrl, clientId, clientSecret, timeoutMs } = config.harsya;
  // One client per process, so every request shares one cached access token.
  const gateway = new HarsyaClient({ baseUrl, clientId, clientSecret, timeoutMs });
  return { db, gateway, config, clock: systemClock };
}

// The one global of the app: one database and one gateway client per process, kept across dev
// hot reloads. A failed start is not remembered, so the next request tries again.
const holder = globalThis as typeof globalThis & { __harsyaApp?: Promise<AppDeps> };

export function appDeps(): Promise<AppDeps> {
  if (!holder.__harsyaApp) {
    const starting = build();
    holder.__harsyaApp = starting;
    starting.catch(() => {
      if (holder.__harsyaApp === starting) holder.__harsyaApp = undefined;
    });
  }
  return holder.__harsyaApp;
}

/** The database alone, for the embedded sandbox's mount and the auth callbacks. */
export async function database(): Promise<Db> {
  return (await appDeps()).db;
}
