// `npm run seed:scale`: 100x the demo's data (10,000 products, 100,000 orders with their payments
// and timelines) in the configured database: DATABASE_URL, or the PGlite directory when it is
// unset. Migrations are applied first. Run it on a throw-away or benchmark database, not a shop's.
import { openDatabase, SANDBOX_MIGRATIONS } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedScale } from "./seed-scale-data";

const config = env();
const target = config.databaseUrl
  ? ({ kind: "postgres", url: config.databaseUrl } as const)
  : ({ kind: "pglite", dataDir: config.pgliteDir } as const);
const database = await openDatabase(target, config.harsya.sandboxMode ? [SANDBOX_MIGRATIONS] : []);
try {
  const started = performance.now();
  const counted = await seedScale(database.db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${counted.products} products and ${counted.orders} orders in ${target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : target.dataDir} (${seconds} s).`,
  );
} finally {
  await database.close();
}
