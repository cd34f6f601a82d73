// `npm run drill`: reliability drills against a production build (the e2e build in .next-e2e,
// built when missing or stale), on loopback ports 3241-3247 only, every loop bounded.
//
//   npm run drill                       all seven drills on PGlite, full size
//   npm run drill -- --short            a few hundred requests in all (CI): PGlite, then two
//                                       instances on PostgreSQL when TEST_DATABASE_URL is set
//   npm run drill -- --postgres         race, oversell and callbacks on two instances sharing one
//                                       PostgreSQL (TEST_DATABASE_URL or the local harsya_ci role)
//   --only=race,fuzz   --seed=N (the short mode uses 1; a full run picks one)   --rebuild
//
// Prints one figure per line, then a verdict per drill; exits 1 when any drill found a lost order,
// a double payable session, an oversell, a 5xx or another broken promise, and says which.
import { mkdirSync, writeFileSync } from "node:fs";
import { ensureBuild, stopAllServers } from "./drill/server.mjs";
import { DRILLS, newSecrets, POSTGRES_DRILLS, runPglite, runPostgres } from "./drill/targets.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const value = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const short = flag("short");
const postgres = flag("postgres");
const only = value("only")?.split(",");
// CI's short mode replays the same requests every time; a full run draws new ones (--seed replays).
const seed = Number(value("seed") ?? (short ? 1 : Date.now() % 1_000_000));
const unknown = only?.filter((name) => !DRILLS[name]) ?? [];
if (unknown.length) {
  console.error(`Unknown drill(s): ${unknown.join(", ")}. Drills: ${Object.keys(DRILLS).join(", ")}`);
  process.exit(2);
}
const chosen = Object.keys(DRILLS).filter((name) => !only || only.includes(name));

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s`;
const log = (line) => console.error(`[drill ${elapsed()}] ${line}`);

// The whole run has a ceiling too: whatever hangs, the servers are killed and the run ends.
const ceilingMinutes = short ? 6 : 30;
const watchdog = setTimeout(() => {
  log(`the run exceeded ${ceilingMinutes} minutes: stopping every server`);
  stopAllServers();
  process.exit(3);
}, ceilingMinutes * 60_000);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAllServers();
    process.exit(130);
  });
}
process.on("exit", stopAllServers);

const options = { short, seed, secrets: newSecrets(), log };
const runs = [];
try {
  ensureBuild({ rebuild: flag("rebuild"), log });
  log(`${short ? "short" : "full"} mode, seed ${seed}`);
  const pglite = postgres ? undefined : await runPglite(options, chosen);
  if (pglite) runs.push({ target: "pglite", results: pglite.results });
  const pgNames = chosen.filter((name) => POSTGRES_DRILLS.includes(name));
  if (pgNames.length && (postgres || (short && process.env.TEST_DATABASE_URL))) {
    runs.push({ target: "postgres", results: await runPostgres(options, pgNames) });
  } else if (short && !postgres) {
    log("TEST_DATABASE_URL is not set: the PostgreSQL drills are skipped");
  }
  await pglite?.finish();
} catch (error) {
  log(`the drill run failed: ${error.stack ?? error}`);
  runs.push({
    target: "setup",
    results: { setup: { lines: [], problems: [String(error.message ?? error)] } },
  });
} finally {
  clearTimeout(watchdog);
  stopAllServers();
}

// The table: one figure per line, then one verdict per drill and target.
const rows = runs.flatMap(({ target, results }) =>
  Object.entries(results).map(([drill, result]) => ({ drill, target, ...result })),
);
const seconds = ((performance.now() - startedAt) / 1000).toFixed(0);
console.log(`\nDrills (${short ? "short" : "full"} mode, seed ${seed}, ${seconds} s)\n`);
console.log(`${"drill".padEnd(10)} ${"target".padEnd(9)} figure`);
for (const row of rows) {
  for (const line of row.lines) console.log(`${row.drill.padEnd(10)} ${row.target.padEnd(9)} ${line}`);
}
console.log("");
for (const row of rows) {
  const verdict = row.problems.length ? `FAILED: ${[...new Set(row.problems)].join("; ")}` : "passed";
  console.log(`${row.drill.padEnd(10)} ${row.target.padEnd(9)} ${verdict}`);
}
const failed = rows.filter((row) => row.problems.length);
console.log(`\n${rows.length - failed.length} drills passed, ${failed.length} failed`);

mkdirSync(".data/reports", { recursive: true });
writeFileSync(
  ".data/reports/drill.json",
  JSON.stringify(
    {
      mode: short ? "short" : "full",
      seed,
      seconds: Number(seconds),
      drills: rows.map(({ drill, target, lines, problems }) => ({
        drill,
        target,
        passed: problems.length === 0,
        lines,
        problems,
      })),
    },
    null,
    2,
  ),
);
process.exit(failed.length ? 1 : 0);
