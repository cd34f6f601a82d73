/**
 * Demo accounts, created in sandbox mode so a newcomer can try the shopper and merchant sides at
 * once. Their passwords are public (README), so they exist only where no real money moves.
 */
export const DEMO_ACCOUNTS = {
  shopper: { email: "demo-shopper@example.com", password: "shopper-sandbox", name: "Dewi Demo" },
  admin: { email: "demo-admin@example.com", password: "merchant-sandbox", name: "Adi Demo" },
} as const;

const DEMO_EMAILS: ReadonlySet<string> = new Set(Object.values(DEMO_ACCOUNTS).map((a) => a.email));

export function isDemoEmail(email: string): boolean {
  return DEMO_EMAILS.has(email.toLowerCase());
}

/**
 * Sandbox mode (no real gateway configured) and not a Vercel production deployment. Production needs
 * a real gateway anyway; the Vercel check also covers a production deploy whose gateway is not set yet.
 */
export function demoAccountsEnabled(config: {
  sandboxMode: boolean;
  vercelEnv: string | undefined;
}): boolean {
  return config.sandboxMode && config.vercelEnv !== "production";
}
