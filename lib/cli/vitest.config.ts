import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run the server modules directly, outside React's server environment.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    include: ["{app,components,lib}/**/*.test.{ts,tsx}"],
    environment: "node",
    // PGlite's first start costs a few seconds on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
