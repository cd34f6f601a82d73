import "server-only";
import { after } from "next/server";

/**
 * Runs `task` once the response has been sent (Next.js `after()`), so slow work such as a gateway
 * re-read never holds a shopper or the gateway. Outside a request (scripts, unit tests) it simply
 * runs detached. A failure is only logged: what it would have done, the cron does later.
 */
export function runAfterResponse(task: () => Promise<unknown>, label: string): void {
  const guarded = async () => {
    try {
      await task();
    } catch (error) {
      console.error(`[checkout] ${label} after the response failed:`, error);
    }
  };
  try {
    after(guarded);
  } catch {
    void guarded();
  }
}
