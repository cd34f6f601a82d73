import type { z } from "zod";
import { translatorFor, type MessageParams } from "@/lib/messages/errors";
import type { FieldIssue } from "@/lib/result";
import { CATALOGUES } from "./catalogue";
import type { Locale } from "./locales";

/**
 * Field errors as people read them. Validation keeps what is wrong with each field as a problem
 * name ("required", "too_big", or a rule's own, like "tooShort") with its numbers; the edge turns
 * that into the field's own sentence in the shopper's language ("Enter your full name."), falling
 * back to the field's label in a generic one ("Enter Phone number.").
 */

/** Parse options every validation at the edge uses: issues keep the input (to tell "missing"). */
export const PARSE_OPTIONS = { reportInput: true } as const;

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

function issueOf(issue: z.core.$ZodIssue): FieldIssue {
  const values: MessageParams = {};
  const raw = issue as { minimum?: unknown; maximum?: unknown; params?: Record<string, unknown> };
  if (typeof raw.minimum === "number" || typeof raw.minimum === "bigint")
    values.minimum = Number(raw.minimum);
  if (typeof raw.maximum === "number" || typeof raw.maximum === "bigint")
    values.maximum = Number(raw.maximum);
  if (issue.code === "custom" && typeof raw.params?.problem === "string") {
    for (const [name, value] of Object.entries(raw.params)) {
      if (name !== "problem" && (typeof value === "string" || typeof value === "number"))
        values[name] = value;
    }
    return { problem: raw.params.problem, values };
  }
  const missing = "input" in issue && isBlank(issue.input);
  if (missing && (issue.code === "invalid_type" || issue.code === "too_small"))
    return { problem: "required" };
  if (issue.code === "too_small" || issue.code === "too_big") return { problem: issue.code, values };
  return { problem: "invalid" };
}

/** `{ "field.path": problem }`, the first problem per field. */
export function fieldIssues(error: z.ZodError): Record<string, FieldIssue> {
  const fields: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    fields[path] ??= issueOf(issue);
  }
  return fields;
}

type FieldWords = Record<string, string>;

/** The catalogue entry for a path: "items.7" reads as "items", "a.walletPhone" as "walletPhone". */
function wordsFor(locale: Locale, path: string): { name: string; words: FieldWords | undefined } {
  const all = CATALOGUES[locale].fields as unknown as Record<string, FieldWords>;
  const named = path.split(".").filter((part) => !/^\d+$/.test(part));
  const joined = named.join(".");
  const name = joined in all ? joined : (named.at(-1) ?? path);
  return { name, words: name === "generic" ? undefined : all[name] };
}

export function fieldLabel(locale: Locale, path: string): string {
  return wordsFor(locale, path).words?.label ?? path;
}

export function fieldSentence(locale: Locale, path: string, issue: FieldIssue): string {
  const t = translatorFor(locale, "fields");
  const { name, words } = wordsFor(locale, path);
  const values = { ...issue.values, label: fieldLabel(locale, path) };
  // i18n-dynamic: fields
  if (words?.[issue.problem]) return t(`${name}.${issue.problem}`, values);
  if (words?.invalid && !["required", "too_small", "too_big"].includes(issue.problem)) {
    return t(`${name}.invalid`, values);
  }
  const generic = ["required", "too_small", "too_big"].includes(issue.problem) ? issue.problem : "invalid";
  return t(`generic.${generic}`, values);
}

export function fieldSentences(locale: Locale, fields: Record<string, FieldIssue>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, issue]) => [path, fieldSentence(locale, path, issue)]),
  );
}

/** One field: its sentence. Several: "Please check: Full name, Email, Phone number." */
export function validationSummary(locale: Locale, fields: Record<string, FieldIssue>): string {
  const entries = Object.entries(fields);
  if (entries.length === 1) return fieldSentence(locale, entries[0]![0], entries[0]![1]);
  const labels = entries.map(([path]) => fieldLabel(locale, path)).join(", ");
  return translatorFor(locale, "fields")("generic.summary", { labels });
}
