import "server-only";
import { PaymentSessionIdSchema } from "@/lib/harsya/wire";
import type { SandboxDeps } from "./deps";
import { failureResponse, failures, SandboxFailure, storedResponse, successResponse } from "./envelope";
import { answerFault, readFault } from "./faults";
import {
  cancelPayment,
  confirmPayment,
  createPayment,
  getPayment,
  listPayments,
  simulatePayment,
} from "./payments";
import { qrImageResponse } from "./qr-image";
import { createRefund, getRefund, listRefunds } from "./refunds";
import type { ChangeContext } from "./sessions";
import { issueAccessToken, requireAccessToken } from "./tokens";
import { zodDetails } from "./validation-details";

/**
 * The sandbox's HTTP API as one function from a Web Request to a Response, so Next's route
 * handlers and a plain node:http server in tests mount exactly the same thing. Paths are those of
 * the gateway under `/sandbox` (`/sandbox/v1/access-token`, `/sandbox/v2/payments`...), plus the
 * QR images of `qrUrl` (`/sandbox/qr/{chargeId}.png`).
 */
export async function handleSandboxRequest(request: Request, deps: SandboxDeps): Promise<Response> {
  if (!deps.enabled) {
    return Response.json(
      { code: "not_found", message: "Not found" },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  // Every request also lets due callbacks (retries, or those a stopped process left) go out.
  deps.sweeper.kick(deps);
  try {
    const fault = readFault(request.headers);
    if (fault?.kind === "status") throw fault.failure;
    if (fault?.kind === "hang" || fault?.kind === "malformed") {
      const answer = await answerFault(fault, deps, request.signal);
      if (answer instanceof SandboxFailure) throw answer;
      return answer;
    }
    return await route(request, deps, fault?.kind === "drop-callback");
  } catch (error) {
    if (error instanceof SandboxFailure) return failureResponse(error);
    console.error("[sandbox] unexpected error:", error);
    return failureResponse(failures.internal());
  }
}

async function route(request: Request, deps: SandboxDeps, dropCallbacks: boolean): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/sandbox/, "").replace(/\/+$/, "");
  const method = request.method;

  // The image behind a QR charge's `qrUrl`: fetched by browsers, so no bearer token.
  const qrFile = /^\/qr\/([^/]+)$/.exec(path)?.[1];
  if (qrFile !== undefined) {
    if (method !== "GET") throw failures.methodNotAllowed();
    return qrImageResponse(deps, qrFile);
  }

  if (path === "/v1/access-token") {
    if (method !== "POST") throw failures.methodNotAllowed();
    return successResponse(issueAccessToken(deps, request.headers, await readJson(request)));
  }

  if (path === "/v1/refunds" || path.startsWith("/v1/refunds/"))
    return refundRoute(request, deps, path, dropCallbacks);

  const segments = /^\/v2\/payments(?:\/([^/]+))?(?:\/(confirm|cancel))?$/.exec(path);
  if (!segments) throw failures.endpointMissing();
  const [, id, action] = segments;

  const clientId = requireAccessToken(deps, request.headers);
  const context: ChangeContext = { deps, db: await deps.db(), clientId, dropCallbacks };

  if (id === undefined) {
    if (method === "POST") {
      const answer = await createPayment(
        context,
        await readJson(request),
        request.headers.get("x-request-id"),
      );
      return storedResponse(answer.status, answer.body);
    }
    if (method === "GET") {
      const { data, pagination } = await listPayments(context, url.searchParams);
      return successResponse(data, pagination);
    }
    throw failures.methodNotAllowed();
  }
  const sessionId = sessionIdFrom(id);
  if (sessionId === "simulations" && action === undefined) {
    if (method !== "POST") throw failures.methodNotAllowed();
    return successResponse(await simulatePayment(context, await readJson(request)));
  }
  if (action === undefined) {
    if (method !== "GET") throw failures.methodNotAllowed();
    return successResponse(await getPayment(context, sessionId));
  }
  if (method !== "POST") throw failures.methodNotAllowed();
  const body = await readJson(request);
  return successResponse(
    action === "confirm"
      ? await confirmPayment(context, sessionId, body)
      : await cancelPayment(context, sessionId, body),
  );
}

/** `/v1/refunds` (create, list) and `/v1/refunds/{id}` (get). */
async function refundRoute(request: Request, deps: SandboxDeps, path: string, dropCallbacks: boolean) {
  const id = /^\/v1\/refunds\/([^/]+)$/.exec(path)?.[1];
  if (path !== "/v1/refunds" && id === undefined) throw failures.endpointMissing();
  const clientId = requireAccessToken(deps, request.headers);
  const context: ChangeContext = { deps, db: await deps.db(), clientId, dropCallbacks };
  if (id !== undefined) {
    if (request.method !== "GET") throw failures.methodNotAllowed();
    return successResponse(await getRefund(context, safeDecode(id)));
  }
  if (request.method === "POST") {
    const answer = await createRefund(context, await readJson(request), request.headers.get("x-request-id"));
    return storedResponse(answer.status, answer.body);
  }
  if (request.method !== "GET") throw failures.methodNotAllowed();
  const { data, pagination } = await listRefunds(context, new URL(request.url).searchParams);
  return successResponse(data, pagination);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw failures.endpointMissing();
  }
}

/** The `{id}` of `/v2/payments/{id}`, checked like any other field before it reaches a query. */
function sessionIdFrom(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw failures.endpointMissing();
  }
  const parsed = PaymentSessionIdSchema.safeParse(decoded);
  if (!parsed.success) throw failures.validation(zodDetails(parsed.error, "id"));
  return parsed.data;
}

/** An empty body reads as `undefined` (so the schema names the missing fields); bad JSON is a 400. */
async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw failures.validation([{ field: "", message: "the request body is not valid JSON" }]);
  }
}
