import { describe, expect, it } from "vitest";
import { adminOrdersHref, AdminOrderFilters, containsPattern } from "./filters";

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

  it("matches LIKE wildcards literally", () => {
    expect(containsPattern("a_b%c\\d")).toBe("%a\\_b\\%c\\\\d%");
  });
});
