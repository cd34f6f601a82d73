import { z } from "zod";

/**
 * Lenient readers of the fields the gateway answers with, shared by the session and its charges:
 * null, absent and empty read alike, numbers may come as strings, and new enum values are kept.
 */

/** A known value, or whatever new value the gateway sent, kept as is. */
export type Open<Known extends string> = Known | (string & Record<never, never>);

/** Reads any RFC 3339 time the gateway sends; null, absent, the zero time and garbage read as null. */
export function parseGatewayTime(value: unknown): Date | null {
  if (typeof value !== "string" || value === "") return null;
  // Go's zero time marks "never" (static virtual accounts).
  if (value.startsWith("0001-01-01")) return null;
  // JavaScript keeps milliseconds; the gateway sends up to nanoseconds.
  const trimmed = value.replace(/(\.\d{3})\d+/, "$1");
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time);
}

export const time = z.unknown().optional().transform(parseGatewayTime);
export const text = z
  .string()
  .nullish()
  .transform((value) => (value === undefined || value === null || value === "" ? null : value));
export const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? fallback);
/** A string the gateway may also send as a number (card digits, reference numbers). */
export const label = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === undefined || value === null || value === "" ? null : String(value)));
export const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const LenientAmountSchema = z.looseObject({
  value: numeric,
  currency: z.string().default("IDR"),
});
export type GatewayAmount = z.infer<typeof LenientAmountSchema>;
export const optionalAmount = LenientAmountSchema.nullish().transform((value) => value ?? null);
