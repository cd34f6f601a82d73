import { DEMO_ACCOUNTS, isDemoEmail } from "./demo";

/** Authorisation rules as pure functions: every page, route handler and test asks these. */

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
}

export interface AdminConfig {
  /** Lower-cased, from ADMIN_EMAILS. */
  adminEmails: readonly string[];
  /** Whether the sandbox demo accounts exist (and so the demo admin is a merchant). */
  demoAccounts: boolean;
}

export function isAdmin(email: string, config: AdminConfig): boolean {
  const normalised = email.trim().toLowerCase();
  if (normalised === "") return false;
  if (config.adminEmails.includes(normalised)) return true;
  return config.demoAccounts && normalised === DEMO_ACCOUNTS.admin.email;
}

/** A demo account's public password must stop working the moment demo accounts are switched off. */
export function canUseAccount(email: string, config: Pick<AdminConfig, "demoAccounts">): boolean {
  return config.demoAccounts || !isDemoEmail(email);
}

/**
 * Who may read an order (its page and its status API). An order placed while signed in belongs to
 * that account only, even in the same browser after signing out; a guest order belongs to the browser
 * whose cart placed it. Merchants may read every order.
 */
export function canViewOrder(
  user: Pick<SessionUser, "id" | "isAdmin"> | null,
  order: { userId: string | null; cartId: string | null },
  browserCartId: string | undefined,
): boolean {
  if (user?.isAdmin) return true;
  if (order.userId !== null) return user?.id === order.userId;
  return order.cartId !== null && browserCartId !== undefined && order.cartId === browserCartId;
}

/** Areas that need a signed-in account; merchants-only is decided by the pages and handlers themselves. */
const SIGNED_IN_AREAS = ["/account", "/admin", "/api/admin"] as const;

export type ProxyDecision = "allow" | "sign_in_page" | "unauthenticated_json";

/** What proxy.ts does with a request, from its path and whether it carries a session. */
export function proxyDecision(pathname: string, signedIn: boolean): ProxyDecision {
  const guarded = SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
  if (!guarded || signedIn) return "allow";
  return pathname.startsWith("/api/") ? "unauthenticated_json" : "sign_in_page";
}

/**
 * Whether the request carries Auth.js's session cookie (`authjs.session-token`, `__Secure-` on
 * https, split into `.0`, `.1`… when large). Without one there is no session to decode, and a
 * guest's checkout or page skips Auth.js entirely.
 */
export function hasSessionCookie(cookies: { name: string }[]): boolean {
  return cookies.some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}
