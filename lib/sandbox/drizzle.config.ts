import { defineConfig } from "drizzle-kit";

// The sandbox's own tables and migrations, apart from the shop's, so that a merchant on a real
// gateway never has them (`npm run db:generate` runs this beside lib/db/drizzle.config.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/sandbox/schema.ts",
  out: "./lib/sandbox/migrations",
  migrations: { table: "__drizzle_sandbox_migrations" },
});
