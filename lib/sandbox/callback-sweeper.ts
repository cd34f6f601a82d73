import "server-only";
import { deliverDueCallbacks } from "./callbacks";
import type { CallbackSweeper, SandboxDeps } from "./deps";

export type { CallbackSweeper } from "./deps";

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
