import type { z } from "zod";
import { HarsyaError } from "./errors";

/** Parses a gateway answer with its schema; an unreadable one is a non-retryable `invalid_response`. */
export function read<S extends z.ZodType>(
  schema: S,
  value: unknown,
  status: number,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join(".") || "data";
  throw new HarsyaError({
    message: `The gateway's ${what} could not be read (${where}: ${issue?.message ?? "invalid"})`,
    status,
    code: "invalid_response",
    retryable: false,
  });
}
