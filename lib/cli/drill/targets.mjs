// Where the drills run: PGlite (one server per drill family, each on a fresh data directory) or
// two instances sharing one fresh PostgreSQL database, with requests spread across both.
import { randomBytes } from "node:crypto";
import callbacks from "./callbacks.mjs";
import crash from "./crash.mjs";
import { createDatabase, dropDatabase, openDb, postgresAdminUrl } from "./db.mjs";
import expiry from "./expiry.mjs";
import faults from "./faults.mjs";
import fuzz from "./fuzz.mjs";
import { targetsOf } from "./http.mjs";
import oversell from "./oversell.mjs";
import race from "./race.mjs";
import { pgliteTemplate, startApp } from "./server.mjs";
import { readStock } from "./shop.mjs";

export const DRILLS = { race, oversell, callbacks, fuzz, faults, crash, expiry };
/** Drills that share the main server, in this order; the others bring their own. */
const ON_MAIN = ["race", "oversell", "callbacks", "fuzz"];
export const POSTGRES_DRILLS = ["race", "oversell", "callbacks"];

export const PORTS = {
  main: 3241,
  crash: 3242,
  expiry: 3243,
  faults: 3244,
  fakeGateway: 3245,
  pgA: 3246,
  pgB: 3247,
};

const secret = (label) => `drill-${label}-${randomBytes(12).toString("hex")}`;

/** Fresh secrets per run, so a leak of any of them is unmistakable. */
export function newSecrets() {
  return {
    authSecret: secret("auth-secret-0123456789"),
    cronSecret: secret("cron"),
    clientId: "drill-client-id",
    clientSecret: secret("client-secret"),
    callbackApiKey: secret("callback-key"),
  };
}

function serverEnv(secrets) {
  return {
    ALLOW_SANDBOX_IN_PRODUCTION: "true",
    AUTH_SECRET: secrets.authSecret,
    CRON_SECRET: secrets.cronSecret,
    HARSYA_CLIENT_ID: secrets.clientId,
    HARSYA_CLIENT_SECRET: secrets.clientSecret,
    HARSYA_CALLBACK_API_KEY: secrets.callbackApiKey,
    STORE_NAME: "Harsya Drill Store",
    // Every drill request comes from 127.0.0.1, one address standing in for a crowd: the
    // per-address limit would turn the drills into a test of itself. The per-cart one stays.
    CHECKOUT_RATE_LIMIT_PER_ADDRESS: "1000000",
  };
}

function context(options, target, template) {
  const dataDirOf = (name) => `.data/drill/${name}`;
  return {
    ...options,
    target,
    ports: PORTS,
    targetsOf,
    openDb,
    dataDirOf,
    startApp: ({ name, env = {}, fresh = true }) =>
      startApp({
        name,
        port: PORTS[name],
        database: { pgliteDir: dataDirOf(name) },
        env: { ...serverEnv(options.secrets), ...env },
        fresh,
        template,
      }),
  };
}

/** Runs one drill step, turning a throw or a time-out into a failed result instead of a crash. */
async function guarded(ctx, name, limitSeconds, step) {
  const started = performance.now();
  let timer;
  try {
    const limit = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${limitSeconds} s`)),
        limitSeconds * 1000,
      );
    });
    return await Promise.race([step(), limit]);
  } catch (error) {
    ctx.log(`${name}: ${error.stack ?? error}`);
    return { lines: [], problems: [`drill failed to run: ${error.message ?? error}`] };
  } finally {
    clearTimeout(timer);
    ctx.log(`${name}@${ctx.target}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function runAudits(ctx, results, database) {
  const db = await openDb(database);
  try {
    for (const [name, result] of Object.entries(results)) {
      if (!result.audit) continue;
      const audit = await guarded(ctx, `${name} audit`, 60, () => result.audit(db));
      result.lines.push(...audit.lines);
      result.problems.push(...audit.problems);
    }
  } finally {
    await db.close();
  }
}

/**
 * All chosen drills on PGlite. Expiry's orders are placed first; its check is `finish()`, which
 * the caller runs last, so that the PostgreSQL drills can use the minute its sessions need.
 */
export async function runPglite(options, names) {
  const ctx = context(options, "pglite", await pgliteTemplate());
  const limit = options.short ? 150 : 600;
  const results = {};
  // Expiry's server boots and places its orders while the main server boots.
  const preparing = names.includes("expiry")
    ? guarded(ctx, "expiry (placing orders)", 180, () => expiry.prepare(ctx))
    : undefined;
  const onMain = ON_MAIN.filter((name) => names.includes(name));
  const main = onMain.length ? await ctx.startApp({ name: "main" }) : undefined;
  const prepared = await preparing;
  if (main) {
    try {
      ctx.targets = targetsOf([main]);
      ctx.stock = await readStock(ctx.targets);
      for (const name of onMain) {
        ctx.log(`${name}: running on ${main.base}`);
        results[name] = await guarded(ctx, name, limit, () => DRILLS[name].run(ctx));
      }
    } finally {
      await main.stop();
    }
    await runAudits(ctx, results, { pgliteDir: ctx.dataDirOf("main") });
  }
  for (const name of ["faults", "crash"].filter((n) => names.includes(n))) {
    ctx.log(`${name}: running`);
    results[name] = await guarded(ctx, name, limit, () => DRILLS[name].run(ctx));
  }
  // The expiry check waits for the end of its sessions' minute: the caller runs it last.
  const finish = async () => {
    if (!prepared) return;
    results.expiry = prepared.problems
      ? prepared
      : await guarded(ctx, "expiry", 180, () => expiry.run(ctx, prepared));
    await prepared.server?.stop();
  };
  return { results, finish };
}

/** Race, oversell and callbacks against two instances sharing one fresh PostgreSQL database. */
export async function runPostgres(options, names) {
  const ctx = context(options, "postgres");
  const adminUrl = postgresAdminUrl();
  const dbName = `harsya_drill_${Date.now()}`;
  const url = await createDatabase(adminUrl, dbName);
  const results = {};
  const servers = [];
  try {
    const appUrl = `http://127.0.0.1:${PORTS.pgA}`;
    const env = { ...serverEnv(options.secrets), APP_URL: appUrl };
    // Both start at once: migrations and the seed must cope with a concurrent start.
    servers.push(
      ...(await Promise.all(
        ["pgA", "pgB"].map((name) => startApp({ name, port: PORTS[name], database: { url }, env })),
      )),
    );
    ctx.targets = targetsOf(servers);
    ctx.stock = await readStock(ctx.targets);
    for (const name of POSTGRES_DRILLS.filter((n) => names.includes(n))) {
      ctx.log(`${name}: running on ${servers.map((s) => s.base).join(" + ")}`);
      results[name] = await guarded(ctx, name, options.short ? 150 : 600, () => DRILLS[name].run(ctx));
    }
    await runAudits(ctx, results, { url });
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(adminUrl, dbName).catch((error) =>
      ctx.log(`could not drop ${dbName}: ${error.message}`),
    );
  }
  return results;
}
