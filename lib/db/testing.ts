import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, SANDBOX_MIGRATIONS, type Database } from "./client";

/**
 * Databases for tests: always a throw-away in-memory PGlite, plus a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set (its user needs CREATEDB). Test infrastructure only, so it reads that
 * one variable itself rather than through lib/env.
 */
export interface TestDatabase extends Database {
  name: string;
}

export interface TestDatabaseTarget {
  name: "pglite" | "postgres";
  open(): Promise<TestDatabase>;
}

export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: "pglite", open: openTestPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: "postgres", open: () => openTestPostgres(url) });
  return targets;
}

export async function openTestPglite(): Promise<TestDatabase> {
  return {
    name: "pglite",
    ...(await openDatabase({ kind: "pglite", dataDir: "memory://" }, [SANDBOX_MIGRATIONS])),
  };
}

async function openTestPostgres(adminUrl: string): Promise<TestDatabase> {
  const dbName = `harsya_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${dbName}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 4 }, [
    SANDBOX_MIGRATIONS,
  ]);
  return {
    name: "postgres",
    db: database.db,
    async close() {
      await database.close();
      const dropper = new Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        // A connection we may not end (autovacuum starting on the new database, say) makes the
        // drop fail for a moment: try again, and leave the throw-away database rather than fail.
        for (let attempt = 1; ; attempt += 1) {
          try {
            await dropper.query(`drop database if exists ${dbName} with (force)`);
            break;
          } catch (error) {
            if (attempt >= 5) {
              console.warn(
                `[test] could not drop ${dbName}:`,
                error instanceof Error ? error.message : error,
              );
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      } finally {
        await dropper.end();
      }
    },
  };
}
