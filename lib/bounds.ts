import { z } from "zod";

/**
 * The bounds every value from outside is held to, whichever route it comes through (shop API,
 * sandbox API, pages, server actions): text that Postgres can store and numbers that fit the
 * columns they are compared with. Schemas build their strings with `text()` and their ids with
 * `intId()`, so a hostile value is a 4xx naming its field instead of a database error and a 500.
 */

/** The largest value of a Postgres `integer` (serial ids, quantities, counters, page numbers). */
export const MAX_INT = 2_147_483_647;

/**
 * The largest amount of money any request may carry: Rp 999,999,999,999 (just under one trillion).
 * Far above any real payment (the gateway's own virtual-account maximum is Rp 9,999,999,999), far
 * inside a `bigint` column, and small enough that sums of many of them stay exact in JavaScript.
 */
export const MAX_AMOUNT = 999_999_999_999;

export const UNSTORABLE_TEXT = "must not contain NUL characters or broken Unicode";

/**
 * Whether Postgres can store this string. It refuses NUL (U+0000) in `text` and in `jsonb`, and
 * lone UTF-16 surrogates in `jsonb` (a JSON body may carry "\ud800"; `text` would silently mangle it).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** `isStorableText` for every string and key in a parsed JSON value, however deeply nested. */
export function isStorableJson(value: unknown): boolean {
  // A loop, not recursion: a deeply nested body must not overflow the stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (!isStorableText(item)) return false;
    } else if (Array.isArray(item)) {
      for (const child of item) pending.push(child);
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (!isStorableText(key)) return false;
        pending.push(child);
      }
    }
  }
  return true;
}

/**
 * A string from outside. Use it instead of `z.string()` in every input schema; chain `.trim()`,
 * `.min()`, `.max()` (always give a max) as usual. Refused first, so the field gets one message.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { message: UNSTORABLE_TEXT, abort: true });
}

/** A JSON object whose content we do not model (metadata and the like), stored as it came. */
export const jsonObject = z
  .record(z.string(), z.unknown())
  .refine(isStorableJson, { message: `${UNSTORABLE_TEXT} in any value or key` });

/** A positive id of an `integer` column, sent as a JSON number. */
export function intId(message: string) {
  return z.number({ error: message }).int(message).min(1, message).max(MAX_INT, message);
}

/** The same id from a path segment or query value: plain decimal digits ("7", not "7.0", "1e3" or " 7"). */
export function intIdParam(message: string) {
  return text({ error: message })
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(intId(message));
}

/**
 * One query-string value as pages receive it: a storable string of at most `max` characters, or
 * undefined when absent, repeated (an array) or unacceptable. For filters and hints, where a bad
 * value means "no value" rather than an error page.
 */
export function queryValue(max: number) {
  return text().max(max).optional().catch(undefined);
}

/**
 * An object that keeps the fields it does not name (the gateway adds fields over time), as long as
 * they are storable: an unnamed field holding NUL or broken Unicode is refused under its own name.
 */
export function looseStorableObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape).superRefine((value, context) => {
    for (const [key, extra] of Object.entries(value)) {
      if (key in shape) continue;
      if (!isStorableText(key) || !isStorableJson(extra)) {
        context.addIssue({ code: "custom", path: [key], message: UNSTORABLE_TEXT });
      }
    }
  });
}
