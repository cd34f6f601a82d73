import { describe, expect, it } from "vitest";
import { catalogPage, isInternalCatalogPath } from "./routing";

const none = new URLSearchParams();

describe("catalogPage", () => {
  it("serves / and a product page from the language's cached pages", () => {
    expect(catalogPage("/", none, "id")).toBe("/catalog/id");
    expect(catalogPage("/", none, "en")).toBe("/catalog/en");
    expect(catalogPage("/products/kopi-gayo-arabica", none, "en")).toBe(
      "/catalog/en/products/kopi-gayo-arabica",
    );
  });

  it("serves a later page by its id cursor, and the first page for any other cursor", () => {
    expect(catalogPage("/", new URLSearchParams("after=48"), "id")).toBe("/catalog/id/after/48");
    for (const after of ["0", "-1", "abc", "1e3", "1234567890", ""]) {
      expect(catalogPage("/", new URLSearchParams({ after }), "id"), after).toBe("/catalog/id");
    }
  });

  it("leaves every other address alone, product images included", () => {
    for (const path of [
      "/cart",
      "/products",
      "/products/",
      "/products/a/b",
      "/products/gula-aren.svg",
      "/api/health",
    ]) {
      expect(catalogPage(path, none, "id"), path).toBeUndefined();
    }
  });
});

describe("isInternalCatalogPath", () => {
  it("recognises the internal addresses only", () => {
    expect(isInternalCatalogPath("/catalog")).toBe(true);
    expect(isInternalCatalogPath("/catalog/id/products/x")).toBe(true);
    expect(isInternalCatalogPath("/catalogue")).toBe(false);
    expect(isInternalCatalogPath("/")).toBe(false);
  });
});
