import type { Db } from "@/lib/db/client";

/**
 * Everything the sandbox engine needs from its surroundings. The app builds it from the
 * environment (lib/sandbox/next.ts); tests build their own with a throw-away database, a
 * controllable clock and callbacks they can await.
 */
export interface SandboxDeps {
  /** False when a real gateway is configured: every sandbox route then answers 404. */
  enabled: boolean;
  db: () => Promise<Db>;
  /** The only credentials the sandbox accepts. */
  clientId: string;
  clientSecret: string;
  /** Where callbacks go, and the `X-API-Key` they carry. */
  callbackUrl: string;
  callbackApiKey: string;
  /** The sandbox's own public URL (e.g. http://localhost:3000/sandbox); `paymentUrl` points under it. */
  publicUrl: string;
  /** Default statementDescriptor and virtual-account name. */
  storeName: string;
  now: () => Date;
  /** Runs work once the response has gone (Next's `after`); callbacks are sent this way. */
  afterResponse: (task: () => Promise<void>) => void;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Waits before the 2nd, 3rd... callback attempt; one more attempt than there are delays. */
  callbackRetryDelaysMs: readonly number[];
  callbackTimeoutMs: number;
  /** How long `X-Sandbox-Fault: hang` holds a request before answering 408, as the gateway does at 60 s. */
  hangMs: number;
}

export const SANDBOX_CALLBACK_RETRY_DELAYS_MS = [1_000, 3_000, 10_000] as const;
export const SANDBOX_CALLBACK_TIMEOUT_MS = 5_000;
export const SANDBOX_HANG_MS = 60_000;
