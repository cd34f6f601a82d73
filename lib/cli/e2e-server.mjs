// The server Playwright starts: a production build in its own dist dir, on a fresh PGlite data
// directory, so every run begins from the seeded catalog and nothing touches the dev database.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = process.env.PGLITE_DIR ?? ".data/e2e";
const next = "node_modules/.bin/next";

if (process.env.E2E_SKIP_BUILD !== "1") {
  // Built without runtime secrets, as on a fresh clone or a CI image: configuration is read per
  // request, so `next build` must not need it.
  const { AUTH_SECRET: _secret, CRON_SECRET: _cron, ...buildEnv } = process.env;
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: buildEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!dataDir.includes("://")) rmSync(dataDir, { recursive: true, force: true });

// No -H: given a host name other than its own "localhost", Next 16 sends the catalog's rewrite
// (proxy.ts) back through the proxy over HTTP, a second trip for every view.
const server = spawn(next, ["start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
