// Production servers for the drills: one shared build (the e2e build in .next-e2e), as many
// `next start` processes as a drill needs, each on its own loopback port and database, logged to
// .data/drill/logs. Every process started here is stopped by its pid when the drill run ends.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, join } from "node:path";

export const DIST_DIR = ".next-e2e";
export const LOG_DIR = ".data/drill/logs";
const NEXT = "node_modules/.bin/next";
const SOURCES = ["app", "components", "lib", "drizzle", "public", "proxy.ts", "instrumentation.ts"];
const CONFIG_FILES = ["next.config.mjs", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];

const running = new Set();

function newestSourceTime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // lib/cli holds the test runners and these drills: none of it is part of the app's build.
  if (path === join("lib", "cli")) return 0;
  return Math.max(0, ...readdirSync(path).map((name) => newestSourceTime(join(path, name))));
}

/**
 * Reuses the e2e build when it is newer than every source file (CI builds once for e2e, drills and
 * benchmarks); builds it otherwise, the way lib/cli/e2e-server.mjs does: without runtime secrets.
 */
export function ensureBuild({ rebuild = false, log = console.error } = {}) {
  const buildId = join(DIST_DIR, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(...[...SOURCES, ...CONFIG_FILES].map(newestSourceTime));
  if (!rebuild && builtAt > sourcesAt) {
    log(`build: reusing ${DIST_DIR} (built ${new Date(builtAt).toISOString()})`);
    return;
  }
  log(
    `build: ${builtAt ? "sources changed since the last build" : "no build yet"}; next build → ${DIST_DIR}`,
  );
  const { AUTH_SECRET: _secret, CRON_SECRET: _cron, ...env } = process.env;
  const result = spawnSync(NEXT, ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * A PGlite directory with every migration applied (and nothing else: the app seeds it on its first
 * start), kept per migration set. Servers start from a copy of it, which spares each of them
 * PGlite's initdb and the migrations (most of a fresh start on a busy 2-core machine).
 */
const MIGRATION_FOLDERS = ["drizzle", "lib/sandbox/migrations"];

export async function pgliteTemplate() {
  const hash = createHash("sha256");
  for (const folder of MIGRATION_FOLDERS) {
    for (const name of readdirSync(folder, { recursive: true }).sort()) {
      const path = join(folder, String(name));
      if (statSync(path).isFile()) hash.update(`${path}\0`).update(readFileSync(path));
    }
  }
  const pglite = JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")).version;
  const dir = `.data/drill/template-${pglite}-${hash.digest("hex").slice(0, 12)}`;
  if (existsSync(join(dir, "PG_VERSION"))) return dir;
  const building = `${dir}.tmp`;
  rmSync(building, { recursive: true, force: true });
  // PGlite makes its data directory, but not the directories above it.
  mkdirSync(dirname(building), { recursive: true });
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const client = new PGlite(building);
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: "drizzle" });
  // The sandbox's tables, in their own history (see lib/server/deps.ts SANDBOX_MIGRATIONS).
  await migrate(db, {
    migrationsFolder: "lib/sandbox/migrations",
    migrationsTable: "__drizzle_sandbox_migrations",
  });
  await client.close();
  renameSync(building, dir);
  return dir;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(path, lines = 15) {
  try {
    return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Starts `next start` on 127.0.0.1:`port` and waits until /api/health answers 200.
 * `database` is `{ pgliteDir }` or `{ url }`; `fresh` replaces a PGlite directory with a copy of
 * `template` (or removes it, so that the app creates it).
 */
export async function startApp({
  name,
  port,
  database,
  env = {},
  fresh = true,
  template,
  timeoutMs = 120_000,
}) {
  mkdirSync(LOG_DIR, { recursive: true });
  if (database.pgliteDir && fresh) {
    rmSync(database.pgliteDir, { recursive: true, force: true });
    if (template) cpSync(template, database.pgliteDir, { recursive: true });
  }
  const logPath = join(LOG_DIR, `${name}.log`);
  const base = `http://127.0.0.1:${port}`;
  const childEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    APP_URL: base,
    ...(database.url ? { DATABASE_URL: database.url } : { PGLITE_DIR: database.pgliteDir }),
    ...env,
  };
  if (!database.url) delete childEnv.DATABASE_URL;

  // A fresh server starts a fresh log; a restart on the same data appends to it.
  const logFd = openSync(logPath, fresh ? "w" : "a");
  // No -H: given a host name other than its own "localhost", Next 16 sends the catalog's rewrite
  // (proxy.ts) back through the proxy over HTTP, a second trip for every view.
  const child = spawn(NEXT, ["start", "-p", String(port)], {
    env: childEnv,
    stdio: ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  running.add(child);
  exited.then(() => running.delete(child));

  const server = {
    name,
    base,
    appUrl: childEnv.APP_URL,
    pid: child.pid,
    logPath,
    /** SIGTERM, then SIGKILL if it is still there after 10 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
    /** kill -9: no chance to flush or close anything. */
    async crash() {
      child.kill("SIGKILL");
      await exited;
    },
  };

  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`${name} did not become healthy on ${base}; last lines of ${logPath}:\n${tail(logPath)}`);
}

/** Stops every server this process started (on exit, failure or Ctrl-C). */
export function stopAllServers() {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
