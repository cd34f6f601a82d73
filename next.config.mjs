/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations are applied at run time (first database use), so serverless bundles must carry them.
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*"] },
  // Lets test runs and helpers build side by side without sharing `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() (Next's 403 with app/forbidden.tsx) for signed-in visitors who are not merchants.
  experimental: { authInterrupts: true },
};

export default nextConfig;
