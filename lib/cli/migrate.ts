// `npm run db:migrate`: applies pending migrations (and seeds an empty catalog) to DATABASE_URL,
// or to the PGlite directory when it is unset. The app does the same on first use.
import { openDatabase, SANDBOX_MIGRATIONS } from "@/lib/db/client";
import { seedCatalog } from "@/lib/db/seed";
import { env } from "@/lib/env";

const config = env();
const target = config.databaseUrl
  ? ({ kind: "postgres", url: config.databaseUrl } as const)
  : ({ kind: "pglite", dataDir: config.pgliteDir } as const);
const database = await openDatabase(target, config.harsya.sandboxMode ? [SANDBOX_MIGRATIONS] : []);
try {
  await seedCatalog(database.db);
  console.log(
    `Migrations applied to ${target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : target.dataDir}.`,
  );
} finally {
  await database.close();
}
