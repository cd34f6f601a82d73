/**
 * Security headers that depend on the request or the configuration: the Content-Security-Policy
 * (a fresh nonce per response) and HSTS. proxy.ts sends them; the ones that never change
 * (X-Content-Type-Options, Referrer-Policy, X-Frame-Options) come from next.config.mjs.
 * Pure: the caller passes the nonce and the configuration.
 *
 * Scripts: only those carrying this response's nonce run, plus what they load ('strict-dynamic').
 * Next.js puts the nonce on its own inline bootstrap and data scripts when it finds it in the
 * request's CSP header, so pages hydrate while an injected inline script or any third-party script
 * is refused. The price: a page must be rendered per request to carry the nonce (every page here
 * already is; see the README's "Security headers").
 */

export interface PolicyOptions {
  nonce: string;
  /** `next dev` needs eval (React's error overlays) and unnonced inline styles. */
  development: boolean;
  /** APP_URL is https: have the browser upgrade any stray http:// subresource. */
  https: boolean;
  /** Origins a form may post or redirect to besides our own (the OAuth providers' sign-in pages). */
  formTargets: readonly string[];
}

/** The policy for pages (HTML documents, their RSC requests and server actions). */
export function pagePolicy({ nonce, development, https, formTargets }: PolicyOptions): string {
  return policyWith(
    {
      scripts: `'self' 'nonce-${nonce}' 'strict-dynamic'`,
      styles: development ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`,
    },
    { development, https, formTargets },
  );
}

function policyWith(
  { scripts, styles }: { scripts: string; styles: string },
  { development, https, formTargets }: Omit<PolicyOptions, "nonce">,
): string {
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    // Nobody may frame the checkout or the payment page (clickjacking).
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy for the cached catalog pages (`/`, product pages), which are rendered once and served
 * to every visitor: a per-response nonce cannot be in them. Their inline scripts are Next.js's
 * data for the page, and their hashes change whenever a product does, so inline scripts are
 * allowed here, and only here. What makes that safe: nothing on these pages comes from the request
 * (no query, no cookie, no user input; the e2e headers spec checks two visitors get the same
 * bytes), the products' words are the merchant's and React escapes them, and every other directive
 * stays: no other site's script, no plugin, no <base>, no framing, forms only to us.
 */
export function staticPagePolicy(options: Omit<PolicyOptions, "nonce">): string {
  const styles = options.development ? "'self' 'unsafe-inline'" : "'self'";
  return policyWith({ scripts: "'self' 'unsafe-inline'", styles }, options);
}

/** The policy for JSON endpoints: nothing may load, run or frame. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Route handlers that answer JSON (ours and the sandbox gateway's), not pages. */
export function isApiPath(pathname: string): boolean {
  return /^\/(api|sandbox\/v1|sandbox\/v2)(\/|$)/.test(pathname);
}

/**
 * HSTS only for a production server whose public URL is https: a development or http server must
 * never teach a browser to refuse http for its host (localhost included). One year, this host only:
 * the shop may live on a merchant's domain whose other subdomains are not ours to decide.
 */
export function strictTransportSecurity(config: { production: boolean; appUrl: string }): string | undefined {
  return config.production && config.appUrl.startsWith("https://") ? "max-age=31536000" : undefined;
}

/** A base64 nonce from 128 random bits. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
