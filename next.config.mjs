import createNextIntlPlugin from "next-intl/plugin";

/**
 * Security headers that never change, on every response (pages, API, sandbox, static files).
 * The Content-Security-Policy (a nonce per response) and HSTS (production https only) depend on
 * the request and the configuration, so proxy.ts sends them (lib/security-headers.ts).
 */
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Payment URLs carry tokens: no URL of ours, not even its origin, goes to another site.
  { key: "Referrer-Policy", value: "same-origin" },
  // frame-ancestors 'none' (in the CSP) for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Migrations are applied at run time (first database use), so serverless bundles must carry them.
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*", "./lib/sandbox/migrations/**/*"] },
  // Lets test runs and helpers build side by side without sharing `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() (Next's 403 with app/forbidden.tsx) for signed-in visitors who are not merchants.
  // globalNotFound: the shop has two root layouts (app/(main) rendered per request, app/(catalog)
  // cached), so a URL matching no route gets app/global-not-found.tsx.
  // isrFlushToDisk off: the cached catalog pages reflect the database, which may be another one after
  // a restart (a fresh test database, a seed), so each server process starts with an empty page
  // cache in memory. A stock change expires the pages it touches (lib/catalog/freshness.ts).
  experimental: { authInterrupts: true, globalNotFound: true, isrFlushToDisk: false },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // public/ images skip proxy.ts; opened on their own, an SVG is a document that could run script.
      {
        source: "/:image(.*\\.svg)",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

// next-intl reads each request's language and words from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
