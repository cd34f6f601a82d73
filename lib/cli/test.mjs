// `npm test`: typecheck, lint, unit tests (Vitest), end-to-end flows (Playwright) and the short
// reliability drills on the same production build, then one plain summary line "N passed,
// N failed" counting every test and check that ran (each drill on each database is one check).
// The short benchmark runs last and is only printed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";

const reports = ".data/reports";
mkdirSync(reports, { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const tally = { passed: 0, failed: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

function ensureChromium() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("▶ No Chromium found: installing Debian's package");
    run("apt-get update", "apt-get", ["update", "-qq"]);
    if (
      run("install chromium", "apt-get", ["install", "-y", "-qq", "chromium"], {
        DEBIAN_FRONTEND: "noninteractive",
      })
    )
      return;
  }
  console.log("▶ No Chromium found: installing Playwright's own");
  run("playwright install", bin("playwright"), ["install", "chromium"]);
}

const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (step) => !only || only.includes(step);

/** Runs checks side by side (each is one process on one core), counting each as one. */
async function checksAtOnce(checks) {
  const results = await Promise.all(
    checks.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
          const child = spawn(command, args, { stdio: "inherit" });
          child.on("exit", (code) => resolve([label, code === 0]));
          child.on("error", () => resolve([label, false]));
        }),
    ),
  );
  for (const [label, passed] of results) {
    tally[passed ? "passed" : "failed"] += 1;
    lines.push(`${label}: ${passed ? "passed" : "FAILED"}`);
  }
}

/**
 * The production build the e2e flows, the drills and the benchmark share (.next-e2e), made beside
 * the unit tests: Vitest keeps about one of the two cores busy, the build takes the other. Built
 * the way lib/cli/e2e-server.mjs builds (without runtime secrets); its output goes to a log.
 */
function startE2eBuild() {
  const log = `${reports}/e2e-build.log`;
  console.log(`\n▶ e2e build, beside the unit tests: next build → .next-e2e (log: ${log})`);
  const { AUTH_SECRET: _secret, CRON_SECRET: _cron, ...env } = process.env;
  const out = openSync(log, "w");
  const child = spawn(bin("next"), ["build"], {
    stdio: ["ignore", out, out],
    env: { ...env, NEXT_DIST_DIR: ".next-e2e", NODE_ENV: "production" },
  });
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      if (code !== 0) console.log(readFileSync(log, "utf8"));
      resolve(code === 0);
    });
    child.on("error", () => resolve(false));
  });
}

await checksAtOnce(
  [
    ["typecheck", bin("tsc"), ["--noEmit"]],
    ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  ].filter(([label]) => wants(label)),
);

const e2eBuild = wants("e2e") && !process.env.PLAYWRIGHT_BASE_URL ? startE2eBuild() : undefined;

if (wants("unit")) {
  const out = `${reports}/vitest.json`;
  rmSync(out, { force: true });
  run("unit tests", bin("vitest"), [
    "run",
    "--config",
    "lib/cli/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  if (report) {
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    lines.push(`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else {
    tally.failed += 1;
    lines.push("unit: FAILED to run");
  }
}

if (wants("e2e")) {
  ensureChromium();
  const out = `${reports}/playwright.json`;
  rmSync(out, { force: true });
  const built = e2eBuild ? await e2eBuild : true;
  if (built) {
    run("end-to-end tests", bin("playwright"), ["test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      ...(e2eBuild ? { E2E_SKIP_BUILD: "1" } : {}),
    });
  }
  const stats = readJson(out)?.stats;
  if (stats) {
    const passed = stats.expected + stats.flaky;
    tally.passed += passed;
    tally.failed += stats.unexpected;
    lines.push(
      `e2e: ${passed} passed (${stats.flaky} flaky), ${stats.unexpected} failed, ${stats.skipped} skipped`,
    );
  } else {
    tally.failed += 1;
    lines.push("e2e: FAILED to run");
  }
}

/** Resolves once nothing listens on the port any more (Playwright's webServer has stopped). */
async function portFree(port, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const listening = await new Promise((resolve) => {
      const socket = connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => resolve(socket.destroy() || true));
      socket.once("error", () => resolve(false));
    });
    if (!listening) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

if (wants("drill")) {
  // The drills reuse the e2e build (.next-e2e), on ports 3241-3247, after the e2e server is gone.
  if (!(await portFree(Number(process.env.E2E_PORT ?? 3100)))) {
    console.log("▶ the e2e server is still listening; the drills start anyway on their own ports");
  }
  const out = `${reports}/drill.json`;
  rmSync(out, { force: true });
  run("reliability drills (short)", "node", ["lib/cli/drill.mjs", "--short"]);
  const drills = readJson(out)?.drills;
  if (drills) {
    const failed = drills.filter((drill) => !drill.passed);
    tally.passed += drills.length - failed.length;
    tally.failed += failed.length;
    const names = failed.map((drill) => `${drill.drill}@${drill.target}`).join(", ");
    lines.push(
      `drills: ${drills.length - failed.length} passed, ${failed.length} failed${names ? ` (${names})` : ""}`,
    );
  } else {
    tally.failed += 1;
    lines.push("drills: FAILED to run");
  }
}

const summary = `${tally.passed} passed, ${tally.failed} failed`;
writeFileSync(`${reports}/summary.txt`, `${summary}\n`);
console.log(`\n${lines.join("\n")}\n${summary}`);
process.exit(tally.failed === 0 ? 0 : 1);
