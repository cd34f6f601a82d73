import "server-only";
import type { z } from "zod";
import type { FieldDetail } from "./envelope";

/** Missing objects read "is required" rather than zod's "expected object, received undefined". */
export const parseOptions = {
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined,
};

/** zod issues as the gateway's `error.details`, fields named as the request does: `items[0].price.value`. */
export function zodDetails(error: z.ZodError, prefix = ""): FieldDetail[] {
  return error.issues.map((issue) => ({
    field: fieldName([...(prefix ? [prefix] : []), ...issue.path]),
    message: issue.message,
  }));
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, "");
}
