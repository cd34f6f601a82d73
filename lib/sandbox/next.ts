import "server-only";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { database } from "@/lib/server/deps";
import { env } from "@/lib/env";
import { createCallbackSweeper, type CallbackSweeper } from "./callback-sweeper";
import {
  SANDBOX_CALLBACK_INLINE_RETRY_MAX_MS,
  SANDBOX_CALLBACK_RETRY_DELAYS_MS,
  SANDBOX_CALLBACK_SWEEP_GAP_MS,
  SANDBOX_CALLBACK_SWEEP_INTERVAL_MS,
  SANDBOX_CALLBACK_TIMEOUT_MS,
  SANDBOX_HANG_MS,
  type SandboxDeps,
} from "./deps";
import { handleSandboxRequest } from "./router";

// One sweeper per process, kept across dev hot reloads like the database.
const holder = globalThis as typeof globalThis & { __sandboxCallbackSweeper?: CallbackSweeper };

function callbackSweeper(): CallbackSweeper {
  holder.__sandboxCallbackSweeper ??= createCallbackSweeper({
    minGapMs: SANDBOX_CALLBACK_SWEEP_GAP_MS,
    intervalMs: SANDBOX_CALLBACK_SWEEP_INTERVAL_MS,
  });
  return holder.__sandboxCallbackSweeper;
}

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
    callbackRetryDelaysMs: config.sandboxCallbackRetryDelaysMs ?? SANDBOX_CALLBACK_RETRY_DELAYS_MS,
    callbackInlineRetryMaxMs: SANDBOX_CALLBACK_INLINE_RETRY_MAX_MS,
    callbackTimeoutMs: SANDBOX_CALLBACK_TIMEOUT_MS,
    sweeper: callbackSweeper(),
    hangMs: SANDBOX_HANG_MS,
  };
}

/**
 * The process starts sweeping for due callbacks with the first sandbox request it serves: after a
 * restart, that is the shop's next call to the gateway (a status poll, the reconcile cron), the
 * hosted page's API use or a look at /sandbox/callbacks.
 */
function startSweeping(deps: SandboxDeps): void {
  if (deps.enabled) deps.sweeper.startTimer(sandboxDeps);
}

/** The route handler behind every `/sandbox/v1/...` and `/sandbox/v2/...` path. */
export function sandboxRoute(request: Request): Promise<Response> {
  const deps = sandboxDeps();
  startSweeping(deps);
  return handleSandboxRequest(request, deps);
}

/** Sandbox pages exist only in sandbox mode; with a real gateway they are 404 like any unknown page. */
export function requireSandboxMode(): SandboxDeps {
  const deps = sandboxDeps();
  if (!deps.enabled) notFound();
  return deps;
}

/** For the callbacks page (a dynamic render): make due attempts now, so the log catches up. */
export function pickUpDueCallbacks(deps: SandboxDeps): void {
  startSweeping(deps);
  deps.sweeper.kick(deps);
}
