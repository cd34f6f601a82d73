// `npm run bench:lighthouse`: Lighthouse performance of the catalog and a product page on a
// production build, and the first-load JavaScript of `/` against a blank Next.js page built with
// the same Next version. A benchmark, not a test: it prints numbers and flags misses.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { startBenchServer } from "./bench-server.mjs";

const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags =
  "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";

function firstLoadGzip(projectDir, distDir, route) {
  const stats = JSON.parse(
    readFileSync(join(projectDir, distDir, "diagnostics/route-bundle-stats.json"), "utf8"),
  );
  const entry = stats.find((row) => row.route === route);
  if (!entry) throw new Error(`No bundle stats for ${route} in ${projectDir}`);
  return entry.firstLoadChunkPaths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(resolve(projectDir, path))).length,
    0,
  );
}

function blankAppFirstLoad() {
  const dir = resolve(".data/bench-blank-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "blank", private: true, type: "module" }));
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    join(dir, "app/layout.jsx"),
    "export default function Layout({ children }) { return <html lang='en'><body>{children}</body></html>; }\n",
  );
  writeFileSync(join(dir, "app/page.jsx"), "export default function Page() { return <p>Hello</p>; }\n");
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
  const build = spawnSync(resolve("node_modules/.bin/next"), ["build"], { cwd: dir, stdio: "inherit" });
  if (build.status !== 0) throw new Error("Building the blank app failed");
  return firstLoadGzip(dir, ".next", "/");
}

function lighthouse(url, name) {
  const out = `.data/lh-${name}.json`;
  const run = spawnSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=${chromeFlags}`,
    ],
    { stdio: "inherit", env: { ...process.env, CHROME_PATH: chrome } },
  );
  if (run.status !== 0 || !existsSync(out)) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const metric = (id) => report.audits[id]?.displayValue ?? "?";
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
}

const server = await startBenchServer({ port: Number(process.env.BENCH_PORT ?? 3400) });
let misses = 0;
try {
  // Warm the routes once so the first compile-free render is what gets measured.
  await fetch(`${server.baseUrl}/`);
  await fetch(`${server.baseUrl}/products/kopi-gayo-arabica`);
  for (const [name, path] of [
    ["catalog", "/"],
    ["product", "/products/kopi-gayo-arabica"],
  ]) {
    const result = lighthouse(`${server.baseUrl}${path}`, name);
    const ok = result.score >= 95;
    if (!ok) misses++;
    console.log(
      `Lighthouse ${path}: performance ${result.score} (FCP ${result.fcp}, LCP ${result.lcp}, TBT ${result.tbt}, CLS ${result.cls}) ${ok ? "OK" : "BELOW 95"}`,
    );
  }
} finally {
  server.stop();
}

const ours = firstLoadGzip(".", server.distDir, "/");
const blank = blankAppFirstLoad();
const ratio = ours / blank;
if (ratio > 1.15) misses++;
console.log(
  `First-load JS of /: ${(ours / 1024).toFixed(1)} KiB gzip vs blank Next.js page ${(blank / 1024).toFixed(1)} KiB: ${((ratio - 1) * 100).toFixed(1)}% ${ratio <= 1.15 ? "OK (budget +15%)" : "OVER the +15% budget"}`,
);
process.exitCode = misses === 0 ? 0 : 1;
