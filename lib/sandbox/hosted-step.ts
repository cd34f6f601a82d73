import "server-only";
import type { SandboxDeps } from "./deps";
import { SandboxFailure } from "./envelope";
import type { SandboxSession } from "./session-object";
import { changeSession, type ChangeContext } from "./sessions";
import { sessionIdFromPageToken } from "./tokens";

/**
 * What every step of the hosted payment page shares: its paths, running one change of the session
 * behind a page token, and where the browser goes next. Shoppers are sent to relative
 * `/sandbox/...` paths so the page works on whichever host it was opened.
 */

export const PAGE_PATH = "/sandbox/pay";
export const RESULT_PATH = "/sandbox/pay/result";
export const THREE_DS_PATH = "/sandbox/pay/3ds";

export const pagePath = (token: string) => `${PAGE_PATH}?token=${encodeURIComponent(token)}`;
export const resultPath = (token: string) => `${RESULT_PATH}?token=${encodeURIComponent(token)}`;
export const threeDsPath = (token: string) => `${THREE_DS_PATH}?token=${encodeURIComponent(token)}`;

export function pageContext(deps: SandboxDeps, dropCallbacks = false): Promise<ChangeContext> {
  return deps.db().then((db) => ({ deps, db, clientId: deps.clientId, dropCallbacks }));
}

/** Runs one change of the page; a session that moved on meanwhile (paid, expired) just shows again. */
export async function changeFromPage(
  deps: SandboxDeps,
  token: string,
  decide: Parameters<typeof changeSession>[2],
  options: { dropCallback?: boolean } = {},
): Promise<SandboxSession | undefined> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return undefined;
  const ctx = await pageContext(deps, options.dropCallback);
  try {
    return await changeSession(ctx, id, decide);
  } catch (error) {
    if (!(error instanceof SandboxFailure)) throw error;
    return undefined;
  }
}

/** PAID goes to the success URL, a failed charge or a cancel to the failure URL, an expiry to the expiration URL. */
export function returnUrlFor(session: SandboxSession): string | undefined {
  switch (session.status) {
    case "PAID":
      return session.redirectUrl.successReturnUrl;
    case "CANCELLED":
      return session.redirectUrl.failureReturnUrl;
    case "EXPIRED":
      return session.redirectUrl.expirationReturnUrl;
    default:
      return undefined;
  }
}

/** Where the shopper goes once the session is settled: the result page, or with `bypassStatusPage` the merchant. */
export function afterSettling(session: SandboxSession, token: string): string {
  const returnUrl = returnUrlFor(session);
  return session.bypassStatusPage && returnUrl ? returnUrl : resultPath(token);
}

/** A form step's answer: messages for its fields, or where to send the browser. */
export type StepResult<Field extends string> =
  { ok: false; errors: Partial<Record<Field, string>> } | { ok: true; next: string };
