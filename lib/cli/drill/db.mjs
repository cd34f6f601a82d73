// Direct database reads for the audits that follow a drill. PostgreSQL is read while the servers
// run; a PGlite directory only once its server has stopped (one process per data directory).

/** `{ pgliteDir }` or `{ url }` → `{ query(sql, params) → rows, close() }`. */
export async function openDb(database) {
  if (database.url) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      query: async (text, params = []) => (await client.query(text, params)).rows,
      close: () => client.end(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(database.pgliteDir);
  await client.waitReady;
  return {
    query: async (text, params = []) => (await client.query(text, params)).rows,
    close: () => client.close(),
  };
}

/** The URL that PostgreSQL drills use: TEST_DATABASE_URL (CI), else the local CI role. */
export const postgresAdminUrl = () =>
  process.env.TEST_DATABASE_URL ?? "postgres://harsya_ci:harsya_ci@127.0.0.1:5432/harsya_ci";

/** A fresh database for one run (the role has CREATEDB); answers its URL. */
export async function createDatabase(adminUrl, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name}`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/** Stock per product id as the database holds it. */
export async function stockRows(db) {
  const rows = await db.query("select id, slug, stock from products order by id");
  return Object.fromEntries(rows.map((row) => [row.id, { id: row.id, slug: row.slug, stock: row.stock }]));
}
