import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Local runs build and start their own server on E2E_PORT with their own data directory.
// With PLAYWRIGHT_BASE_URL (a deployed preview, say) nothing is started and that URL is tested.
const port = Number(process.env.E2E_PORT ?? 3100);
const externalUrl = process.env.PLAYWRIGHT_BASE_URL?.replace(/\/+$/, "");
const baseURL = externalUrl ?? `http://127.0.0.1:${port}`;
// Order webhooks go to the port above the shop's, where e2e/webhooks.spec.ts listens; for the
// other specs nothing listens there and the deliveries just wait, retrying, in the outbox.
export const E2E_WEBHOOK = {
  url: `http://127.0.0.1:${port + 1}/e2e-webhooks`,
  secret: "whsec_ZTJlLW9ubHktd2ViaG9vay1zZWNyZXQtMDEyMzQ1Njc4OWFi",
};

// Debian's Chromium when present (the machines here cannot download Playwright's own browser).
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const desktop = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    // Keep Chromium from dialling out on a closed network.
    args: [
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-quic",
      "--no-first-run",
      "--no-default-browser-check",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // The suite reads the English words (the QA contract); e2e/id/ walks the shop in Indonesian.
      testIgnore: /[\\/]id[\\/]/,
      use: {
        ...desktop,
        locale: "en-US",
        // API requests too (the request fixture sends no Accept-Language of its own).
        extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
      },
    },
    {
      name: "indonesian",
      testMatch: /[\\/]id[\\/].*\.spec\.ts$/,
      use: {
        ...desktop,
        locale: "id-ID",
        extraHTTPHeaders: { "Accept-Language": "id-ID,id;q=0.9" },
      },
    },
  ],
  webServer: externalUrl
    ? undefined
    : {
        command: "node lib/cli/e2e-server.mjs",
        // Readiness through the database, so the first test does not pay for PGlite's initdb.
        url: `${baseURL}/api/health`,
        reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
        timeout: 240_000,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          E2E_PORT: String(port),
          APP_URL: baseURL,
          PGLITE_DIR: ".data/e2e",
          NEXT_DIST_DIR: ".next-e2e",
          AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
          STORE_NAME: "Harsya Test Store",
          ALLOW_SANDBOX_IN_PRODUCTION: "true",
          // The specs walk through the gateway's result page ("Return to merchant"), as against
          // staging with it on; the default straight return is timed by `npm run bench`.
          HARSYA_BYPASS_STATUS_PAGE: "false",
          CRON_SECRET: "e2e-cron-secret-0123456789",
          MERCHANT_WEBHOOK_URL: E2E_WEBHOOK.url,
          MERCHANT_WEBHOOK_SECRET: E2E_WEBHOOK.secret,
        },
      },
});
