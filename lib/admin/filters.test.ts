import { describe, expect, it } from "vitest";
import { adminOrdersExportHref, adminOrdersHref, AdminOrderFilters, containsPattern } from "./filters";

describe("dashboard filters", () => {
  it("reads status, search and page from the query", () => {
    expect(AdminOrderFilters.parse({ status: "PAID", q: "  HC-12 ", page: "3" })).toEqual({
      status: "PAID",
      q: "HC-12",
      page: 3,
    });
  });

  it("ignores what it cannot use instead of failing", () => {
    expect(AdminOrderFilters.parse({})).toEqual({ page: 1 });
    expect(AdminOrderFilters.parse({ status: "SHIPPED", q: "", page: "-2" })).toEqual({ page: 1 });
    expect(AdminOrderFilters.parse({ status: ["PAID", "EXPIRED"], q: ["a", "b"], page: "x" })).toEqual({
      page: 1,
    });
    expect(AdminOrderFilters.parse({ q: "x".repeat(101) })).toEqual({ page: 1 });
    // Postgres refuses NUL in a query parameter: such a search is no search.
    expect(AdminOrderFilters.parse({ q: "HC\u0000", page: "2147483648" })).toEqual({ page: 1 });
  });

  it("builds links that keep the filters", () => {
    expect(adminOrdersHref({ page: 1 })).toBe("/admin");
    expect(adminOrdersHref({ status: "PAID", q: "sari@example.com", page: 2 })).toBe(
      "/admin?status=PAID&q=sari%40example.com&page=2",
    );
  });

  it("reads the numbers' period, today being the default left out of links", () => {
    expect(AdminOrderFilters.parse({ period: "7d" })).toEqual({ page: 1, period: "7d" });
    expect(AdminOrderFilters.parse({ period: "today" }).period).toBeUndefined();
    expect(AdminOrderFilters.parse({ period: "1y" }).period).toBeUndefined();
    expect(adminOrdersHref({ status: "PAID", page: 2, period: "30d" })).toBe(
      "/admin?status=PAID&page=2&period=30d",
    );
  });

  it("keeps a well-formed keyset cursor, in links past page 1 only", () => {
    const after = "2026-11-23T09:00:00.123456Z~0b6f7c1e-1d2a-4c3b-9e8f-123456789abc";
    expect(AdminOrderFilters.parse({ page: "2", after })).toEqual({ page: 2, after });
    expect(AdminOrderFilters.parse({ page: "2", after: "'; drop table orders" })).toEqual({ page: 2 });
    expect(adminOrdersHref({ page: 2, after })).toBe(`/admin?${new URLSearchParams({ page: "2", after })}`);
    expect(adminOrdersHref({ page: 1, before: after })).toBe("/admin");
  });

  it("builds the export link from the list's filters only", () => {
    expect(adminOrdersExportHref({})).toBe("/api/admin/orders/export");
    expect(adminOrdersExportHref({ status: "PAID", q: "a&b" })).toBe(
      "/api/admin/orders/export?status=PAID&q=a%26b",
    );
  });

  it("matches LIKE wildcards literally", () => {
    expect(containsPattern("a_b%c\\d")).toBe("%a\\_b\\%c\\\\d%");
  });
});
