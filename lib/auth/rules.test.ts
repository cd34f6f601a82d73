import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, demoAccountsEnabled } from "./demo";
// Auth.js's own cookie names (not exported by the package, so read from its file).
import { defaultCookies } from "../../node_modules/@auth/core/lib/utils/cookie.js";
import { canUseAccount, canViewOrder, hasSessionCookie, isAdmin, proxyDecision } from "./rules";

const config = { adminEmails: ["owner@shop.id", "ops@shop.id"], demoAccounts: false };

describe("isAdmin", () => {
  it("makes ADMIN_EMAILS merchants, case-insensitively", () => {
    expect(isAdmin("owner@shop.id", config)).toBe(true);
    expect(isAdmin(" Ops@Shop.ID ", config)).toBe(true);
    expect(isAdmin("owner@shop.id.evil.com", config)).toBe(false);
    expect(isAdmin("shopper@shop.id", config)).toBe(false);
    expect(isAdmin("", { adminEmails: [""], demoAccounts: false })).toBe(false);
  });

  it("makes the demo admin a merchant only while demo accounts exist", () => {
    expect(isAdmin(DEMO_ACCOUNTS.admin.email, config)).toBe(false);
    expect(isAdmin(DEMO_ACCOUNTS.admin.email, { ...config, demoAccounts: true })).toBe(true);
    expect(isAdmin(DEMO_ACCOUNTS.shopper.email, { ...config, demoAccounts: true })).toBe(false);
  });
});

describe("demo accounts", () => {
  it("exist in sandbox mode, never on a Vercel production deployment or with a real gateway", () => {
    expect(demoAccountsEnabled({ sandboxMode: true, vercelEnv: undefined })).toBe(true);
    expect(demoAccountsEnabled({ sandboxMode: true, vercelEnv: "preview" })).toBe(true);
    expect(demoAccountsEnabled({ sandboxMode: true, vercelEnv: "production" })).toBe(false);
    expect(demoAccountsEnabled({ sandboxMode: false, vercelEnv: undefined })).toBe(false);
  });

  it("stop signing in once switched off", () => {
    expect(canUseAccount(DEMO_ACCOUNTS.shopper.email, { demoAccounts: false })).toBe(false);
    expect(canUseAccount(DEMO_ACCOUNTS.admin.email.toUpperCase(), { demoAccounts: false })).toBe(false);
    expect(canUseAccount(DEMO_ACCOUNTS.admin.email, { demoAccounts: true })).toBe(true);
    expect(canUseAccount("sari@example.com", { demoAccounts: false })).toBe(true);
  });
});

describe("canViewOrder", () => {
  const sari = { id: "user-sari", isAdmin: false };
  const budi = { id: "user-budi", isAdmin: false };
  const merchant = { id: "user-owner", isAdmin: true };
  const accountOrder = { userId: "user-sari", cartId: "cart-1" };
  const guestOrder = { userId: null, cartId: "cart-1" };

  it("lets the account that placed an order read it, from any browser", () => {
    expect(canViewOrder(sari, accountOrder, undefined)).toBe(true);
    expect(canViewOrder(sari, accountOrder, "cart-other")).toBe(true);
  });

  it("keeps an account's order from other shoppers, even in the same browser", () => {
    expect(canViewOrder(budi, accountOrder, "cart-1")).toBe(false);
    expect(canViewOrder(null, accountOrder, "cart-1")).toBe(false);
  });

  it("lets the browser that placed a guest order read it", () => {
    expect(canViewOrder(null, guestOrder, "cart-1")).toBe(true);
    expect(canViewOrder(budi, guestOrder, "cart-1")).toBe(true);
    expect(canViewOrder(null, guestOrder, "cart-2")).toBe(false);
    expect(canViewOrder(sari, guestOrder, undefined)).toBe(false);
    expect(canViewOrder(null, { userId: null, cartId: null }, undefined)).toBe(false);
  });

  it("lets merchants read every order", () => {
    expect(canViewOrder(merchant, accountOrder, undefined)).toBe(true);
    expect(canViewOrder(merchant, { userId: null, cartId: null }, undefined)).toBe(true);
  });
});

describe("proxyDecision", () => {
  it("sends anonymous visitors of account and admin pages to sign in", () => {
    expect(proxyDecision("/admin", false)).toBe("sign_in_page");
    expect(proxyDecision("/admin/orders/abc", false)).toBe("sign_in_page");
    expect(proxyDecision("/account/orders", false)).toBe("sign_in_page");
  });

  it("answers anonymous admin API calls with 401 JSON", () => {
    expect(proxyDecision("/api/admin/orders/abc/sync", false)).toBe("unauthenticated_json");
  });

  it("lets signed-in users and public paths through", () => {
    expect(proxyDecision("/admin", true)).toBe("allow");
    expect(proxyDecision("/api/admin/orders/abc/sync", true)).toBe("allow");
    expect(proxyDecision("/", false)).toBe("allow");
    expect(proxyDecision("/administrators-guide", false)).toBe("allow");
    expect(proxyDecision("/api/cart", false)).toBe("allow");
  });
});

describe("hasSessionCookie", () => {
  it("knows Auth.js's session cookie, on http and https, whole or split into chunks", () => {
    for (const secure of [false, true]) {
      const { name } = defaultCookies(secure).sessionToken;
      expect(hasSessionCookie([{ name: "hc_cart" }, { name }])).toBe(true);
      expect(hasSessionCookie([{ name: `${name}.0` }, { name: `${name}.1` }])).toBe(true);
    }
  });

  it("finds none among a guest's cookies or Auth.js's other cookies", () => {
    expect(hasSessionCookie([])).toBe(false);
    const { csrfToken, callbackUrl } = defaultCookies(false);
    const names = [
      "hc_cart",
      "hc_contact",
      "NEXT_LOCALE",
      csrfToken.name,
      callbackUrl.name,
      "authjs.session-tokenx",
    ];
    expect(hasSessionCookie(names.map((name) => ({ name })))).toBe(false);
  });
});
