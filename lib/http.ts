import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import type { AppError, Result } from "./result";

/** Turns zod issues into `{ "field.path": "message" }`, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    fields[path] ??= issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  const names = Object.keys(fields);
  return {
    code: "validation_error",
    status: 400,
    message:
      names.length === 1
        ? `${names[0]}: ${fields[names[0]!]}`
        : `Please check these fields: ${names.join(", ")}.`,
    fields,
  };
}

/** Reads a JSON body and validates it; malformed JSON is a 400 naming the body, never a 500. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Result<z.output<S>>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: {
        code: "invalid_json",
        status: 400,
        message: "The request body is not valid JSON.",
        fields: { body: "must be valid JSON" },
      },
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, error: validationError(parsed.error) };
}

/** Validates one path segment, naming it in the error (e.g. `productId`). */
export function parseParam<S extends z.ZodType>(
  value: unknown,
  schema: S,
  field: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const message = parsed.error.issues[0]?.message ?? "is invalid";
  return {
    ok: false,
    error: {
      code: "validation_error",
      status: 400,
      message: `${field}: ${message}`,
      fields: { [field]: message },
    },
  };
}

export function errorResponse(error: AppError, init?: ResponseInit): NextResponse {
  const { status, code, message, fields, retryable, retryAfterSeconds } = error;
  return NextResponse.json(
    { error: { code, message, ...(fields ? { fields } : {}), ...(retryable ? { retryable } : {}) } },
    {
      ...init,
      status,
      headers: {
        "Cache-Control": "no-store",
        ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}),
        ...init?.headers,
      },
    },
  );
}

/** A 429 answer for a refused rate limit, with `Retry-After`. */
export function tooManyRequests(retryAfterSeconds: number, message: string): NextResponse {
  return errorResponse({
    code: "rate_limited",
    status: 429,
    message,
    retryable: true,
    retryAfterSeconds,
  });
}

/**
 * The client's address for rate limits: the first `X-Forwarded-For` hop, which Vercel's edge and
 * `next start` both set from the connection. Never used for anything but counting.
 */
export function clientAddress(request: { headers: Pick<Headers, "get"> }): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

export function jsonResponse(data: unknown, init?: ResponseInit): NextResponse {
  return NextResponse.json(data, {
    ...init,
    headers: { "Cache-Control": "no-store", ...init?.headers },
  });
}

/**
 * Wraps a route handler so an unexpected throw becomes a plain 500 JSON answer (logged on the
 * server with its stack, never sent to the client).
 */
export function handler<Args extends unknown[]>(
  fn: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      console.error("[route] unexpected error:", error);
      return errorResponse({
        code: "internal_error",
        status: 500,
        message: "Something went wrong on our side. Please try again in a moment.",
        retryable: true,
      });
    }
  };
}
