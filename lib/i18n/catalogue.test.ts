import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { LOCALES } from "./locales";

/** Every leaf key of a catalogue, as dotted paths ("common.language.label"). */
function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const source = ["app", "components", "lib"]
  .flatMap((dir) => sourceFiles(dir))
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");

/** Literals in the code: "x", 'x' and `x` (no interpolation). */
const literals = new Set(
  [...source.matchAll(/"([^"\n]{1,200})"|'([^'\n]{1,200})'|`([^`$\n]{1,200})`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? "",
  ),
);

/**
 * Keys looked up by a computed name (an error code, a bank, a status) are declared where they are
 * used with a comment `i18n-dynamic: namespace.prefix`; everything under it counts as used.
 */
const dynamicPrefixes = [...source.matchAll(/i18n-dynamic:\s*([\w.]+)/g)].map((m) => m[1]!);

function isUsed(key: string): boolean {
  if (dynamicPrefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`))) return true;
  const parts = key.split(".");
  // t("leaf") under getTranslations("ns.a"), t("a.leaf") under "ns", or the whole path.
  return (
    parts.some((_, start) => start > 0 && literals.has(parts.slice(start).join("."))) || literals.has(key)
  );
}

describe("message catalogues", () => {
  const english = leafKeys(CATALOGUES.en).sort();

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const keys = leafKeys(CATALOGUES[locale]).sort();
    expect(
      keys.filter((k) => !english.includes(k)),
      "keys only in this language",
    ).toEqual([]);
    expect(
      english.filter((k) => !keys.includes(k)),
      "keys missing in this language",
    ).toEqual([]);
  });

  it.each(LOCALES)("%s has no empty message", (locale) => {
    const catalogue = CATALOGUES[locale];
    const empty = leafKeys(catalogue).filter((key) => {
      const value = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
      return typeof value !== "string" || value.trim() === "";
    });
    expect(empty).toEqual([]);
  });

  it("has no key that the code never uses", () => {
    expect(english.filter((key) => !isUsed(key))).toEqual([]);
  });
});
