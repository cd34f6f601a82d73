import { defineConfig } from "drizzle-kit";

// Used only to generate SQL migrations from the schema (`npm run db:generate`); the app and
// `npm run db:migrate` apply them through lib/db/client.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
});
