import "server-only";
import { randomBytes } from "node:crypto";

/** One field the sandbox refused, named as in the request (e.g. `amount.value`). */
export interface FieldDetail {
  field: string;
  message: string;
}

type ErrorType = "API_ERROR" | "GATEWAY_ERROR" | "PARTNER_ERROR";

/** A documented gateway error; thrown inside the engine and answered by the router. */
export class SandboxFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly type: ErrorType,
    message: string,
    readonly details: FieldDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "SandboxFailure";
  }
}

const VALIDATION_MESSAGE = "The request was invalid, or an error occurred in downstream provider";

export const failures = {
  validation: (details: FieldDetail[]) =>
    new SandboxFailure(400, "api_validation_error", "API_ERROR", VALIDATION_MESSAGE, details),
  credentials: (message: string) => new SandboxFailure(401, "credentials_invalid", "API_ERROR", message),
  endpointMissing: () =>
    new SandboxFailure(404, "not_found", "GATEWAY_ERROR", "The requested endpoint does not exist"),
  methodNotAllowed: () =>
    new SandboxFailure(
      405,
      "method_not_allowed",
      "GATEWAY_ERROR",
      "This endpoint does not accept that method",
    ),
  sessionMissing: (id: string) =>
    new SandboxFailure(404, "resource_missing", "GATEWAY_ERROR", `No payment session with id ${id}`),
  refundMissing: (id: string) =>
    new SandboxFailure(404, "resource_missing", "GATEWAY_ERROR", `No refund with id ${id}`),
  idempotency: () =>
    new SandboxFailure(
      409,
      "idempotency_error",
      "API_ERROR",
      "X-REQUEST-ID was already used with a different payload or endpoint",
    ),
  duplicate: (clientReferenceId: string) =>
    new SandboxFailure(
      409,
      "duplicate_error",
      "GATEWAY_ERROR",
      `A payment session with clientReferenceId ${clientReferenceId} is already open or paid`,
    ),
  invalidState: (message: string) => new SandboxFailure(422, "invalid_state", "API_ERROR", message),
  internal: () =>
    new SandboxFailure(
      500,
      "internal_error",
      "GATEWAY_ERROR",
      "Unexpected error in the sandbox, retry later",
    ),
};

const noStore = { "Cache-Control": "no-store" };

export function newTraceId(): string {
  return randomBytes(16).toString("hex");
}

export function successResponse(data: unknown, pagination?: unknown): Response {
  return Response.json(
    { code: "00", message: "Success", data, ...(pagination ? { pagination } : {}) },
    { status: 200, headers: noStore },
  );
}

export function failureResponse(failure: SandboxFailure): Response {
  return Response.json(
    {
      code: failure.code,
      message: failure.message,
      error: { type: failure.type, details: failure.details, traceId: newTraceId() },
    },
    { status: failure.status, headers: { ...noStore, ...failure.headers } },
  );
}

/** Replays a stored answer byte for byte in meaning (idempotent create). */
export function storedResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: noStore });
}
