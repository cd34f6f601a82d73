export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfiguration } = await import("@/lib/startup");
    checkConfiguration();
    // Open the database (PGlite's first start, migrations, demo data) while the first page is still
    // compiling, instead of after it: in `npm run dev` that is several seconds off the first view.
    // A failure here is not fatal: the first request tries again and answers it properly.
    const { appDeps } = await import("@/lib/server/deps");
    appDeps().catch((error: unknown) => {
      console.error("The database could not be opened at start-up; the first request retries.", error);
    });
  }
}
