// `npm run bench`: the hot endpoints' requests/s as a share of /api/health's (the app's own floor),
// measured in alternating one-second slices, time to truth in a real browser, and the server's memory after each round;
// each figure is printed beside its budget with ✓ or ✗. A benchmark, not a test: client and server
// share this machine's cores, and it exits 0 whatever it measures.
//
//   npm run bench                 3 rounds of 5 s per endpoint, then 10 browser payments each way
//   npm run bench -- --short      1 round of 2 s, no browser (CI prints it; under 40 s)
//   npm run bench -- --scale      the 100x-data comparison instead (lib/cli/bench-scale.ts)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { timeToTruth } from "./bench-browser.mjs";
import { loadFixtures, loadRound, settle } from "./bench-load.mjs";
import { rssKiB, startBenchServer } from "./bench-server.mjs";
import { DIST_DIR, ensureBuild } from "./drill/server.mjs";

const args = process.argv.slice(2);
if (args.includes("--scale")) {
  const scale = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "lib/cli/bench-scale.ts"], {
    stdio: "inherit",
  });
  process.exit(scale.status ?? 1);
}
const short = args.includes("--short");
const duration = Number(process.env.BENCH_SECONDS ?? (short ? 2 : 5));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? (short ? 1 : 3));
const browserRuns = short ? 0 : Number(process.env.BENCH_BROWSER_RUNS ?? 10);

/** Share of the floor each endpoint must reach. */
const SHARE_BUDGETS = {
  catalog: 0.8,
  product: 0.8,
  pending: 0.7,
  paid: 0.7,
  resume: 0.4,
  webhookNew: 0.5,
  webhookReplay: 0.5,
};
const TRUTH_BUDGET_MS = { delivered: 1_000, dropped: 5_000 };
/** Memory after the last round against the first: anything past this counts as growth. */
const RSS_GROWTH_BUDGET = 1.1;
/** First-load JS of the catalog against the smallest page the app ships (/_not-found). */
const FIRST_LOAD_BUDGET = 1.1;

// The e2e build is shared (drills, CI); rebuilt only when sources changed since it was made.
if (process.env.BENCH_SKIP_BUILD !== "1") ensureBuild();
const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT ?? 3401),
  distDir: DIST_DIR,
  dataDir: ".data/bench-load",
  skipBuild: true,
  // The default checkout limits stay: the resume load comes from one address and one cart, and a
  // resume is not counted, so a 429 there would show as an error beside its figure.
});
const base = server.baseUrl;
const table = [];
const row = (figure, measured, budget, ok) => table.push({ figure, measured, budget, ok });

function firstLoadGzip(route) {
  const file = `${DIST_DIR}/diagnostics/route-bundle-stats.json`;
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, "utf8")).find((stats) => stats.route === route);
  return entry?.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
}

try {
  const fixtures = await loadFixtures(base);
  await settle(base);
  const results = [];
  const memory = [];
  if (!short) {
    // One unmeasured round first: the JIT, the caches and the database's buffers warm up, so the
    // rounds after it show growth, not warm-up.
    console.log("warm-up round (not measured)");
    await loadRound(base, fixtures, { duration: 2, connections });
  }
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round}/${rounds}: ${duration} s per endpoint, ${connections} connections`);
    results.push(await loadRound(base, fixtures, { duration, connections }));
    memory.push(rssKiB(server.pid));
    console.log(`  server RSS after round ${round}: ${(memory.at(-1) / 1024).toFixed(0)} MiB`);
  }

  // Per endpoint, the median over rounds of its median share of the floor slices beside it.
  const medianShare = (key) => {
    const shares = results.map((round) => round[key].share).sort((a, b) => a - b);
    return shares[Math.floor(shares.length / 2)];
  };
  console.log("\nper round: req/s (floor beside it) share · p99 ms · non-2xx");
  for (const key of Object.keys(results[0])) {
    const cells = results.map((round) => round[key]);
    const text = cells.map(
      (c) => `${c.rps.toFixed(0)} (${c.floor.toFixed(0)}) ${c.share.toFixed(2)}x · ${c.p99} · ${c.non2xx}`,
    );
    console.log(`${cells[0].title.padEnd(50)} ${text.join("   ")}`);
  }
  const floors = results.flatMap((round) => Object.values(round).map((cell) => cell.floor));
  row(
    "GET /api/health req/s (the floor), lowest–highest",
    `${Math.min(...floors).toFixed(0)}–${Math.max(...floors).toFixed(0)}`,
    "—",
    true,
  );
  for (const [key, budget] of Object.entries(SHARE_BUDGETS)) {
    const share = medianShare(key);
    const errors = results.reduce((sum, round) => sum + round[key].non2xx, 0);
    row(
      `${results[0][key].title}, share of the floor`,
      `${share.toFixed(2)}x${errors ? ` (${errors} non-2xx)` : ""}`,
      `≥ ${budget}x, no errors`,
      share >= budget && errors === 0,
    );
  }

  if (browserRuns > 0) {
    const truth = await timeToTruth(base, { runs: browserRuns });
    for (const [key, budget] of Object.entries(TRUTH_BUDGET_MS)) {
      const { median, min, max } = truth[key];
      row(
        `Time to truth, callbacks ${key} (median of ${browserRuns})`,
        `${(median / 1000).toFixed(2)} s (${(min / 1000).toFixed(2)}–${(max / 1000).toFixed(2)})`,
        `≤ ${budget / 1000} s`,
        median <= budget,
      );
    }
  }

  row(
    `Server RSS after each round`,
    memory.map((kib) => `${(kib / 1024).toFixed(0)}`).join(" / ") + " MiB",
    rounds > 1 ? `last ≤ ${RSS_GROWTH_BUDGET}x first` : "— (one round)",
    rounds < 2 || memory.at(-1) <= memory[0] * RSS_GROWTH_BUDGET,
  );
  const home = firstLoadGzip("/catalog/[locale]");
  const floorJs = firstLoadGzip("/_not-found");
  if (home && floorJs) {
    row(
      "First-load JS of / against /_not-found (gzip)",
      `${(home / 1024).toFixed(1)} / ${(floorJs / 1024).toFixed(1)} KiB = ${(home / floorJs).toFixed(2)}x`,
      `≤ ${FIRST_LOAD_BUDGET}x`,
      home / floorJs <= FIRST_LOAD_BUDGET,
    );
  }

  console.log(`\n${"figure".padEnd(62)} ${"measured".padEnd(30)} ${"budget".padEnd(22)}`);
  for (const { figure, measured, budget, ok } of table) {
    console.log(`${figure.padEnd(62)} ${measured.padEnd(30)} ${budget.padEnd(22)} ${ok ? "✓" : "✗"}`);
  }
  const missed = table.filter((entry) => !entry.ok).length;
  console.log(`\n${table.length - missed} within budget, ${missed} over (${short ? "short" : "full"} run)`);
  mkdirSync(".data/reports", { recursive: true });
  writeFileSync(".data/reports/bench.json", JSON.stringify({ short, table, results, memory }, null, 2));
} finally {
  server.stop();
}
