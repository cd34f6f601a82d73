// `npm run bench:lighthouse`: Lighthouse (mobile, the default form factor) performance and
// accessibility of the shopper's pages on a production build, and each shop route's first-load
// JavaScript against the app's own floor, the first-load JS of `/_not-found` in the same build.
// A benchmark, not a test: it prints each figure beside its budget with ✓ or ✗.
//
//   npm run bench:lighthouse              build into .next-bench, all pages
//   npm run bench:lighthouse -- --short   reuse an existing build (.next-e2e by default), 2 pages
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { startBenchServer } from "./bench-server.mjs";
import { payOrder, placeOrder } from "./bench-load.mjs";

const short = process.argv.includes("--short");
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags =
  "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
const PRODUCT = "/products/kopi-gayo-arabica";

const BUDGET = { js: 1.1, performance: 100, accessibility: 100 };
const mark = (ok) => (ok ? "✓" : "✗");
let misses = 0;

function firstLoadGzip(distDir, route) {
  const stats = JSON.parse(readFileSync(join(distDir, "diagnostics/route-bundle-stats.json"), "utf8"));
  const entry = stats.find((row) => row.route === route);
  if (!entry) return undefined;
  return entry.firstLoadChunkPaths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(resolve(path))).length,
    0,
  );
}

function lighthouse(url, name, cookie) {
  const out = `.data/lh-${name}.json`;
  const run = spawnSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=${chromeFlags}`,
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    { stdio: "inherit", env: { ...process.env, CHROME_PATH: chrome } },
  );
  if (run.status !== 0 || !existsSync(out)) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const metric = (id) => report.audits[id]?.displayValue ?? "?";
  const failed = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
    .map((audit) => audit.id);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    detail: `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
    failed,
  };
}

/**
 * One request so the route is warm. A kept-alive connection from before the last Lighthouse run
 * may have been closed by the server meanwhile: that first try fails at once, the second opens anew.
 */
async function warm(url, cookie) {
  const init = { headers: cookie ? { cookie } : {} };
  try {
    await (await fetch(url, init)).arrayBuffer();
  } catch {
    await (await fetch(url, init)).arrayBuffer();
  }
}

/** A shopper (in Indonesian) with a cart and an open order: their browser's cookie, and the order. */
async function shopperWithOrder(baseUrl) {
  const placed = await placeOrder(baseUrl, { productId: 1 });
  return { placed, cookie: placed.headers.cookie, orderId: placed.orderId };
}

const distDir = short ? (process.env.NEXT_DIST_DIR ?? ".next-e2e") : ".next-bench";
if (short && !existsSync(join(distDir, "BUILD_ID"))) {
  console.log(`No build in ${distDir}: run the e2e suite first, or npm run bench:lighthouse.`);
  process.exit(0);
}
if (short) process.env.BENCH_SKIP_BUILD = "1";

const rows = [];
const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT ?? 3400),
  distDir,
  dataDir: ".data/bench-lighthouse",
});
try {
  const { placed, cookie, orderId } = await shopperWithOrder(server.baseUrl);
  // Every page as this shopper sees it: the cached catalog's header then shows their open payment.
  const pages = [
    ["catalog", "/", cookie],
    ["product", PRODUCT, cookie],
    ["cart", "/cart", cookie],
    ["checkout", "/checkout", cookie],
    // Where the gateway sends a payer back: the paid order's return page.
    ["return (paid)", `/payment/success?order=${orderId}`, cookie],
  ];
  for (const [name, path, withCookie] of short ? pages.slice(0, 2) : pages) {
    if (name === "return (paid)") await payOrder(server.baseUrl, placed);
    // Warm the route once so what is measured is a served page, not a first render.
    await warm(`${server.baseUrl}${path}`, withCookie);
    const result = lighthouse(`${server.baseUrl}${path}`, name, withCookie);
    for (const category of ["performance", "accessibility"]) {
      const ok = result[category] >= BUDGET[category];
      if (!ok) misses++;
      rows.push([
        `Lighthouse ${category} ${name}`,
        String(result[category]),
        `${BUDGET[category]}`,
        mark(ok),
      ]);
    }
    console.log(`${path}: ${result.detail}; audits below 1: ${result.failed.join(", ") || "none"}`);
  }
} finally {
  server.stop();
}

const floor = firstLoadGzip(distDir, "/_not-found");
for (const route of [
  "/catalog/[locale]",
  "/catalog/[locale]/products/[slug]",
  "/cart",
  "/checkout",
  "/orders/[id]",
  "/payment/[status]",
  "/account/orders",
]) {
  const bytes = firstLoadGzip(distDir, route);
  if (bytes === undefined || !floor) continue;
  const ratio = bytes / floor;
  const ok = ratio <= BUDGET.js;
  if (!ok) misses++;
  rows.push([
    `first-load JS ${route} / _not-found`,
    `${ratio.toFixed(2)}x (${(bytes / 1024).toFixed(0)} KiB)`,
    `≤ ${BUDGET.js.toFixed(2)}x`,
    mark(ok),
  ]);
}

console.log(
  `\nfloor: first-load JS of /_not-found ${((floor ?? 0) / 1024).toFixed(0)} KiB gzip (${distDir})`,
);
console.log("| figure | measured | budget | |\n| --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\n${misses === 0 ? "every figure within budget" : `${misses} figure(s) over budget`}`);
process.exitCode = short ? 0 : misses === 0 ? 0 : 1;
