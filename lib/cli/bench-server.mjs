// Starts a production build of the app for benchmarks, on its own port, dist dir and data dir.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";

export async function startBenchServer({
  port,
  distDir = ".next-bench",
  dataDir = ".data/bench-db",
  env = {},
  skipBuild = process.env.BENCH_SKIP_BUILD === "1",
}) {
  const childEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    PGLITE_DIR: dataDir,
    APP_URL: `http://127.0.0.1:${port}`,
    ALLOW_SANDBOX_IN_PRODUCTION: "true",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    ...env,
  };
  if (!skipBuild) {
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) throw new Error("next build failed");
  }
  rmSync(dataDir, { recursive: true, force: true });
  // No -H: given a host name other than its own "localhost", Next 16 sends the catalog's rewrite
  // (proxy.ts) back through the proxy over HTTP, a second trip for every view.
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: childEnv,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok)
        return { baseUrl, distDir, pid: server.pid, stop: () => server.kill("SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill("SIGTERM");
  throw new Error("The benchmark server did not become healthy");
}

/** Resident memory (KiB) of a process and everything it started (Linux /proc). */
export function rssKiB(pid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) grew = tree.add(child) !== undefined;
    }
  }
  let total = 0;
  for (const member of tree) {
    try {
      const status = readFileSync(`/proc/${member}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
