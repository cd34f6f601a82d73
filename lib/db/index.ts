import "server-only";
import { seedDemoAccounts } from "@/lib/auth/seed";
import { adminConfig } from "@/lib/auth/settings";
import { env } from "@/lib/env";
import { openDatabase, type Db } from "./client";
import { seedCatalog } from "./seed";

export type { Db } from "./client";

// One database per process: it survives dev hot reloads on globalThis. A failed start is not
// remembered, so the next request tries again instead of failing forever.
const holder = globalThis as typeof globalThis & { __harsyaDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  if (!holder.__harsyaDb) {
    const config = env();
    const starting = openDatabase(
      config.databaseUrl
        ? { kind: "postgres", url: config.databaseUrl }
        : { kind: "pglite", dataDir: config.pgliteDir },
    ).then(async ({ db }) => {
      await seedCatalog(db);
      if (adminConfig().demoAccounts) await seedDemoAccounts(db);
      return db;
    });
    holder.__harsyaDb = starting;
    starting.catch(() => {
      if (holder.__harsyaDb === starting) holder.__harsyaDb = undefined;
    });
  }
  return holder.__harsyaDb;
}
