import "server-only";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { database } from "@/lib/server/deps";
import { env } from "@/lib/env";
import {
  SANDBOX_CALLBACK_RETRY_DELAYS_MS,
  SANDBOX_CALLBACK_TIMEOUT_MS,
  SANDBOX_HANG_MS,
  type SandboxDeps,
} from "./deps";
import { handleSandboxRequest } from "./router";

/** The sandbox as the app runs it: configured from the environment, on the app's own database. */
export function sandboxDeps(): SandboxDeps {
  const config = env();
  return {
    enabled: config.harsya.sandboxMode,
    db: database,
    clientId: config.harsya.clientId,
    clientSecret: config.harsya.clientSecret,
    callbackUrl: config.sandboxCallbackUrl,
    callbackApiKey: config.harsya.callbackApiKey,
    publicUrl: config.harsya.baseUrl,
    storeName: config.storeName,
    now: () => new Date(),
    afterResponse: (task) => after(task),
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    callbackRetryDelaysMs: SANDBOX_CALLBACK_RETRY_DELAYS_MS,
    callbackTimeoutMs: SANDBOX_CALLBACK_TIMEOUT_MS,
    hangMs: SANDBOX_HANG_MS,
  };
}

/** The route handler behind every `/sandbox/v1/...` and `/sandbox/v2/...` path. */
export function sandboxRoute(request: Request): Promise<Response> {
  return handleSandboxRequest(request, sandboxDeps());
}

/** Sandbox pages exist only in sandbox mode; with a real gateway they are 404 like any unknown page. */
export function requireSandboxMode(): SandboxDeps {
  const deps = sandboxDeps();
  if (!deps.enabled) notFound();
  return deps;
}
