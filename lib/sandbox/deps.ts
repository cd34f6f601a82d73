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
  /**
   * A retry due within this long is awaited by the task that made the previous attempt; later ones
   * are made by the sweeper (on a later request or its timer).
   */
  callbackInlineRetryMaxMs: number;
  callbackTimeoutMs: number;
  /** Picks up due callbacks (retries, and those a stopped process left) after sandbox requests. */
  sweeper: CallbackSweeper;
  /** How long `X-Sandbox-Fault: hang` holds a request before answering 408, as the gateway does at 60 s. */
  hangMs: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The gateway's documented schedule after a failed callback (harsya-api.md §7.4). */
export const GATEWAY_CALLBACK_RETRY_DELAYS_MS = [
  5 * MINUTE,
  15 * MINUTE,
  1 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
] as const;

/**
 * The sandbox's default: the gateway's schedule sixty times faster (+5 s, +15 s, +1 min, +3 min,
 * +6 min, +12 min), so a demo or an e2e run sees retries happen instead of waiting five minutes,
 * with the same number of attempts and the same shape. `SANDBOX_CALLBACK_RETRY_DELAYS` overrides it.
 */
export const SANDBOX_CALLBACK_RETRY_DELAYS_MS = GATEWAY_CALLBACK_RETRY_DELAYS_MS.map((delay) => delay / 60);
export const SANDBOX_CALLBACK_INLINE_RETRY_MAX_MS = 15 * SECOND;
export const SANDBOX_CALLBACK_TIMEOUT_MS = 5_000;
export const SANDBOX_CALLBACK_SWEEP_GAP_MS = 2 * SECOND;
export const SANDBOX_CALLBACK_SWEEP_INTERVAL_MS = 5 * SECOND;
export const SANDBOX_HANG_MS = 60_000;

/**
 * Picks up callbacks whose next attempt is due: retries too far off to wait for in the task that
 * made the first attempt, and anything a stopped or crashed process left behind. One per process;
 * the claims in ./callbacks.ts keep several processes on one database from sending twice.
 */
export interface CallbackSweeper {
  /** After the current response, sweeps once, unless a sweep is running or ran less than `minGapMs` ago. */
  kick(deps: SandboxDeps): void;
  /** Also sweeps every `intervalMs` from now on (the first call starts the timer; later ones do nothing). */
  startTimer(deps: () => SandboxDeps): void;
  stop(): void;
}
