import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The shape of the code, kept by a test: who may import whom, no import circles, small files,
 * one global. docs/architecture.md explains each rule.
 */

const root = resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx|mjs)$/;
const TEST = /\.test\.(ts|tsx)$/;
const MAX_LINES = 250;

function walk(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });
}

const files = ["app", "components", "lib"].flatMap(walk).filter((f) => SOURCE.test(f) && !TEST.test(f));
const known = new Set(files);

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = relative(root, resolve(root, dirname(from), specifier));
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}/index.ts`];
  return candidates.find((candidate) => known.has(candidate));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

const imports = new Map(
  files.map((file) => {
    const text = readFileSync(join(root, file), "utf8");
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => resolveImport(file, match[1] ?? match[2]!))
      .filter((target): target is string => target !== undefined);
    return [file, targets];
  }),
);

const importsOf = (file: string) => imports.get(file) ?? [];
const under = (file: string, ...folders: string[]) =>
  folders.some((folder) => file === folder || file.startsWith(`${folder}/`));

function cycles(): string[][] {
  // Tarjan's strongly connected components: any component of two or more files is a circle.
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (file: string) => {
    const node = { index, low: index, onStack: true };
    index += 1;
    state.set(file, node);
    stack.push(file);
    for (const next of importsOf(file)) {
      const seen = state.get(next);
      if (!seen) {
        visit(next);
        node.low = Math.min(node.low, state.get(next)!.low);
      } else if (seen.onStack) node.low = Math.min(node.low, seen.index);
    }
    if (node.low === node.index) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        state.get(member)!.onStack = false;
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component);
    }
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

const offending = (rule: (file: string, target: string) => boolean) =>
  files.flatMap((file) =>
    importsOf(file)
      .filter((target) => rule(file, target))
      .map((t) => `${file} -> ${t}`),
  );

describe("architecture", () => {
  it("has no import circle", () => {
    expect(cycles()).toEqual([]);
  });

  it("keeps lib/ free of the app's routes and components", () => {
    expect(offending((file, target) => under(file, "lib") && under(target, "app", "components"))).toEqual([]);
  });

  it("keeps orders knowing only orders", () => {
    expect(
      offending((file, target) => under(file, "lib/orders") && !under(target, "lib/orders", "lib/db")),
    ).toEqual([]);
  });

  it("keeps the sandbox apart: it shares the wire format and the database, nothing else of the shop", () => {
    const sandbox = (file: string) => under(file, "lib/sandbox", "app/(main)/sandbox", "components/sandbox");
    const shared = [
      "lib/harsya/wire.ts",
      "lib/harsya/wire-refunds.ts",
      "lib/db/client.ts",
      "lib/env.ts",
      "lib/bounds.ts",
      "lib/banks.ts",
      "lib/money.ts",
      "components/ui",
      // The sandbox speaks both languages with the shop's catalogues and next-intl (words only).
      "lib/i18n",
    ];
    expect(
      offending(
        (file, target) =>
          sandbox(file) &&
          !sandbox(target) &&
          !under(target, ...shared) &&
          // wire.ts re-exports its parts from these files.
          !/^lib\/harsya\/wire-[a-z-]+\.ts$/.test(target) &&
          // The mount hands the sandbox the app's one database.
          !(file === "lib/sandbox/next.ts" && target === "lib/server/deps.ts"),
      ),
    ).toEqual([]);
    expect(offending((file, target) => !sandbox(file) && sandbox(target))).toEqual([]);
  });

  it("has no source file over 250 lines", () => {
    const long = files.filter(
      (file) => readFileSync(join(root, file), "utf8").split("\n").length > MAX_LINES + 1,
    );
    expect(long).toEqual([]);
  });

  it("reaches for a global only in the composition roots (the app's, and the sandbox's mount)", () => {
    const roots = ["lib/server/deps.ts", "lib/sandbox/next.ts"];
    const globals = files.filter(
      (file) => !roots.includes(file) && readFileSync(join(root, file), "utf8").includes("globalThis"),
    );
    expect(globals).toEqual([]);
  });
});
