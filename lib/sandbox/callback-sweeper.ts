import "server-only";
import { deliverDueCallbacks } from "./callbacks";
import type { SandboxDeps } from "./deps";

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

export function createCallbackSweeper(options: { minGapMs: number; intervalMs: number }): CallbackSweeper {
  let running = false;
  let lastStartedAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function sweep(deps: SandboxDeps): Promise<void> {
    if (running) return;
    running = true;
    lastStartedAt = Date.now();
    try {
      await deliverDueCallbacks(deps);
    } catch (error) {
      console.error("[sandbox] callback sweep failed:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  }

  return {
    kick(deps) {
      if (running || Date.now() - lastStartedAt < options.minGapMs) return;
      deps.afterResponse(() => sweep(deps));
    },
    startTimer(deps) {
      if (timer) return;
      timer = setInterval(() => void sweep(deps()), options.intervalMs);
      // The timer must not keep a process alive that has nothing else to do (scripts, tests).
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
