import { describe, expect, it } from "vitest";
import {
  API_POLICY,
  createNonce,
  isApiPath,
  pagePolicy,
  staticPagePolicy,
  strictTransportSecurity,
} from "./security-headers";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values.join(" ")];
    }),
  );

describe("pagePolicy", () => {
  const production = { nonce: "abc123==", development: false, https: true, formTargets: [] };

  it("runs only nonced scripts and what they load, and lets nobody frame the page", () => {
    const policy = directives(pagePolicy(production));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy["style-src"]).toBe("'self' 'nonce-abc123=='");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["base-uri"]).toBe("'none'");
    expect(policy["form-action"]).toBe("'self'");
    expect(policy["default-src"]).toBe("'self'");
    expect(pagePolicy(production)).not.toContain("unsafe-inline");
    expect(pagePolicy(production)).not.toContain("unsafe-eval");
    expect(policy).toHaveProperty("upgrade-insecure-requests");
  });

  it("lets forms reach configured OAuth providers, and relaxes only what next dev needs", () => {
    expect(
      directives(pagePolicy({ ...production, formTargets: ["https://github.com"] }))["form-action"],
    ).toBe("'self' https://github.com");
    const dev = directives(pagePolicy({ ...production, development: true, https: false }));
    expect(dev["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic' 'unsafe-eval'");
    expect(dev["style-src"]).toBe("'self' 'unsafe-inline'");
    expect(dev).not.toHaveProperty("upgrade-insecure-requests");
  });
});

describe("staticPagePolicy", () => {
  const production = { development: false, https: true, formTargets: [] };

  it("allows the cached pages' inline data scripts and keeps every other directive", () => {
    const policy = directives(staticPagePolicy(production));
    expect(policy["script-src"]).toBe("'self' 'unsafe-inline'");
    expect(policy["style-src"]).toBe("'self'");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["base-uri"]).toBe("'none'");
    expect(policy["form-action"]).toBe("'self'");
    expect(staticPagePolicy(production)).not.toContain("nonce");
    expect(staticPagePolicy(production)).not.toContain("unsafe-eval");
  });
});

describe("API policy and paths", () => {
  it("allows nothing on JSON endpoints", () => {
    expect(directives(API_POLICY)["default-src"]).toBe("'none'");
    expect(directives(API_POLICY)["frame-ancestors"]).toBe("'none'");
  });

  it("tells JSON endpoints from pages", () => {
    for (const path of [
      "/api/health",
      "/api/auth/csrf",
      "/sandbox/v2/payments",
      "/sandbox/v1/access-token",
      "/api",
    ]) {
      expect(isApiPath(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/checkout",
      "/sandbox/pay",
      "/sandbox/callbacks",
      "/apiary",
      "/payment/success",
    ]) {
      expect(isApiPath(path), path).toBe(false);
    }
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only by a production server on https", () => {
    expect(strictTransportSecurity({ production: true, appUrl: "https://toko.id" })).toBe("max-age=31536000");
    expect(strictTransportSecurity({ production: true, appUrl: "http://127.0.0.1:3100" })).toBeUndefined();
    expect(strictTransportSecurity({ production: false, appUrl: "https://toko.id" })).toBeUndefined();
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
  });
});
