import "server-only";
import type { SandboxDeps } from "./deps";
import { failures, SandboxFailure } from "./envelope";

/**
 * Fault injection for tests: a request carrying `X-Sandbox-Fault: <fault>` is answered with that
 * fault instead of normally. Only the embedded sandbox reads the header, and it exists only in
 * sandbox mode; a real gateway never sees it.
 */
export const FAULT_HEADER = "x-sandbox-fault";

const requestTimeout = () =>
  new SandboxFailure(408, "request_timeout", "GATEWAY_ERROR", "The request exceeded the server time-out");

const STATUS_FAULTS: Record<string, () => SandboxFailure> = {
  "408": requestTimeout,
  "429": () =>
    new SandboxFailure(
      429,
      "frequency_above_limit",
      "API_ERROR",
      "Too many requests to this endpoint in a short time",
      [],
      { "Retry-After": "1" },
    ),
  "500": () => failures.internal(),
  "502": () =>
    new SandboxFailure(502, "bad_gateway", "GATEWAY_ERROR", "Bad response from a downstream provider"),
  "503": () =>
    new SandboxFailure(503, "service_unavailable", "GATEWAY_ERROR", "A downstream provider is unavailable"),
  "504": () => new SandboxFailure(504, "gateway_timeout", "GATEWAY_ERROR", "No response within the SLA"),
};

export const SANDBOX_FAULTS = [...Object.keys(STATUS_FAULTS), "hang", "malformed", "drop-callback"] as const;

export type Fault =
  | { kind: "status"; failure: SandboxFailure }
  | { kind: "hang" }
  | { kind: "malformed" }
  | { kind: "drop-callback" };

export function readFault(headers: Headers): Fault | undefined {
  const value = headers.get(FAULT_HEADER)?.trim().toLowerCase();
  if (!value) return undefined;
  if (value === "hang" || value === "malformed" || value === "drop-callback") return { kind: value };
  const failure = Object.hasOwn(STATUS_FAULTS, value) ? STATUS_FAULTS[value] : undefined;
  if (failure) return { kind: "status", failure: failure() };
  throw failures.validation([
    { field: "X-Sandbox-Fault", message: `must be one of ${SANDBOX_FAULTS.join(", ")}` },
  ]);
}

/**
 * `hang` holds the request until the client gives up (or, like the gateway's own 60 s limit,
 * answers 408); `malformed` answers 200 with a body cut off mid-JSON.
 */
export async function answerFault(
  fault: Extract<Fault, { kind: "hang" | "malformed" }>,
  deps: SandboxDeps,
  signal: AbortSignal,
): Promise<Response | SandboxFailure> {
  if (fault.kind === "malformed") {
    return new Response('{"code":"00","message":"Success","data":{"id":', {
      status: 200,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    });
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, deps.hangMs);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  return requestTimeout();
}
