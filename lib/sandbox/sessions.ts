import "server-only";
import type { Db } from "@/lib/db/client";
import { deliverCallback, newCallbackClaim } from "./callbacks";
import type { SandboxDeps } from "./deps";
import { failures } from "./envelope";
import type { MethodOptions, SandboxSession } from "./session-object";
import { expire, isDue, type Change, type Refusal } from "./state-machine";
import { findSession, saveChange, type StoredSession } from "./store";

/**
 * Reading and changing stored sessions. Every read first settles a session whose time has run
 * out (EXPIRED, once, with its callback); every change is conditional on the version read, so
 * two requests racing on one session cannot both win.
 */

export interface ChangeContext {
  deps: SandboxDeps;
  db: Db;
  clientId: string;
  /** Record callbacks this request causes without sending them. */
  dropCallbacks: boolean;
}

type Decision = (Change & { methodOptions?: MethodOptions }) | Refusal;

const MAX_RACES = 5;

/** The session as it is now; unknown ids are 404 `resource_missing`. */
export async function readSession(context: ChangeContext, id: string): Promise<StoredSession> {
  for (let race = 0; race < MAX_RACES; race += 1) {
    const stored = await findSession(context.db, context.clientId, id);
    if (!stored) throw failures.sessionMissing(id);
    const now = context.deps.now();
    if (!isDue(stored.session, now)) return stored;
    const change = expire(stored.session, now);
    if (await commit(context, stored, change)) return { ...stored, session: change.session };
  }
  throw failures.internal();
}

/** Applies `decide` to the current session, re-reading and deciding again if another change won. */
export async function changeSession(
  context: ChangeContext,
  id: string,
  decide: (stored: StoredSession) => Decision | Promise<Decision>,
): Promise<SandboxSession> {
  for (let race = 0; race < MAX_RACES; race += 1) {
    const stored = await readSession(context, id);
    const decision = await decide(stored);
    if ("refused" in decision) throw failures.invalidState(decision.refused);
    if (await commit(context, stored, decision)) return decision.session;
  }
  throw failures.internal();
}

async function commit(
  context: ChangeContext,
  before: StoredSession,
  change: Change & { methodOptions?: MethodOptions },
): Promise<boolean> {
  const { deps } = context;
  const claim = newCallbackClaim(deps);
  const result = await saveChange(context.db, {
    clientId: context.clientId,
    before,
    session: change.session,
    methodOptions: change.methodOptions,
    event: change.event,
    callback: { url: deps.callbackUrl, drop: context.dropCallbacks, claim },
    now: deps.now(),
  });
  if (!result.saved) return false;
  const { callbackId } = result;
  if (callbackId !== null) {
    deps.afterResponse(() =>
      deliverCallback(deps, callbackId, claim.by).catch((error: unknown) => {
        console.error("[sandbox] callback delivery failed:", error instanceof Error ? error.message : error);
      }),
    );
  }
  return true;
}
