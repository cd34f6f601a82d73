import "server-only";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** The one database type every repository takes; PGlite and node-postgres both satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  /** A directory on disk, or `memory://` for a throw-away database. */
  | { kind: "pglite"; dataDir: string };

const migrationsFolder = join(process.cwd(), "drizzle");
// Serialises migrations when several server instances start against one PostgreSQL at once.
const MIGRATION_LOCK_ID = 7_263_001;

/** A migration history of its own (the embedded sandbox's tables), applied after the shop's. */
export interface ExtraMigrations {
  /** Relative to the project's root. */
  folder: string;
  table: string;
}

/** Where lib/sandbox/drizzle.config.ts writes the sandbox's migrations, and their history table. */
export const SANDBOX_MIGRATIONS: ExtraMigrations = {
  folder: "lib/sandbox/migrations",
  table: "__drizzle_sandbox_migrations",
};

/**
 * Connects and applies every pending migration: the shop's, then each extra history. The same
 * code path serves PGlite and PostgreSQL.
 */
export async function openDatabase(
  target: DatabaseTarget,
  extraMigrations: readonly ExtraMigrations[] = [],
): Promise<Database> {
  const histories = [
    { migrationsFolder },
    ...extraMigrations.map((extra) => ({
      // Traced by next.config.mjs outputFileTracingIncludes, not by following this call.
      migrationsFolder: join(/*turbopackIgnore: true*/ process.cwd(), extra.folder),
      migrationsTable: extra.table,
    })),
  ];
  if (target.kind === "postgres") {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client dropped by the server must not crash the process; the pool replaces it.
    pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
    const db = drizzle(pool, { schema });
    try {
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
        for (const history of histories) await migrate(db, history);
      } finally {
        await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
        lock.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return { db, close: () => pool.end() };
  }

  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  if (!target.dataDir.includes("://")) {
    // PGlite creates the data directory itself, but not its parents.
    mkdirSync(dirname(target.dataDir), { recursive: true });
  }
  const client = new PGlite(target.dataDir);
  try {
    const db = drizzle(client, { schema });
    for (const history of histories) await migrate(db, history);
    return { db, close: () => client.close() };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}
