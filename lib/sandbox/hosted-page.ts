import "server-only";
import { text } from "@/lib/bounds";
import type { SimulationChargeStatus, VaChannel } from "@/lib/harsya/wire";
import type { SandboxDeps } from "./deps";
import { SandboxFailure } from "./envelope";
import type { MethodOptions, SandboxCharge, SandboxSession } from "./session-object";
import { changeSession, chargeWithVirtualAccount, readSession, type ChangeContext } from "./sessions";
import { isAwaitingMethod, simulate } from "./state-machine";
import { sessionIdFromPageToken } from "./tokens";

/**
 * The hosted payment page's side of the engine: what `/sandbox/pay?token=` shows, and what its
 * bank picker and simulate buttons do. Shoppers are sent to relative `/sandbox/...` paths so the
 * page works on whichever host it was opened.
 */

export const PAGE_PATH = "/sandbox/pay";
export const RESULT_PATH = "/sandbox/pay/result";

export interface PaymentPage {
  token: string;
  session: SandboxSession;
  methodOptions: MethodOptions;
  charge: SandboxCharge | undefined;
  /** Where the shopper goes back to for this session's final state, if it has one. */
  returnUrl: string | undefined;
}

function context(deps: SandboxDeps, dropCallbacks = false): Promise<ChangeContext> {
  return deps.db().then((db) => ({ deps, db, clientId: deps.clientId, dropCallbacks }));
}

/** The `token` of the page's URL and forms: a signed JWT, so anything else is no page. */
export const PageToken = text().min(1).max(4096);

/** The page for a `paymentUrl` token, or undefined for a forged token or an unknown session. */
export async function loadPaymentPage(deps: SandboxDeps, token: string): Promise<PaymentPage | undefined> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return undefined;
  try {
    const stored = await readSession(await context(deps), id);
    return {
      token,
      session: stored.session,
      methodOptions: stored.methodOptions,
      charge: stored.session.chargeDetails?.[0],
      returnUrl: returnUrlFor(stored.session),
    };
  } catch (error) {
    if (error instanceof SandboxFailure && error.status === 404) return undefined;
    throw error;
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

export const pagePath = (token: string) => `${PAGE_PATH}?token=${encodeURIComponent(token)}`;
export const resultPath = (token: string) => `${RESULT_PATH}?token=${encodeURIComponent(token)}`;

/**
 * The shopper picks a bank on the page (a session created without one): choosing is confirming,
 * so the virtual account is issued at once. Answers where to send the browser next.
 */
export async function chooseBankOnPage(
  deps: SandboxDeps,
  token: string,
  channel: VaChannel,
): Promise<string> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return PAGE_PATH;
  const ctx = await context(deps);
  try {
    await changeSession(ctx, id, ({ session, methodOptions }) =>
      isAwaitingMethod(session)
        ? chargeWithVirtualAccount(deps, ctx.db, session, {
            channel,
            virtualAccountName: methodOptions.virtualAccountName,
          })
        : { refused: `A ${session.status} payment session has its method already` },
    );
  } catch (error) {
    // A session that moved on meanwhile (paid, expired): the page shows what it is now.
    if (!(error instanceof SandboxFailure)) throw error;
  }
  return pagePath(token);
}

/**
 * One of the page's three buttons. Answers where to send the browser: the result page, or with
 * `bypassStatusPage` the merchant's return URL itself (with no query parameters added).
 */
export async function simulateOnPage(
  deps: SandboxDeps,
  token: string,
  outcome: SimulationChargeStatus,
  options: { dropCallback: boolean },
): Promise<string> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return PAGE_PATH;
  const ctx = await context(deps, options.dropCallback);
  let session: SandboxSession;
  try {
    session = await changeSession(ctx, id, (stored) => simulate(stored.session, outcome, deps.now()));
  } catch (error) {
    if (!(error instanceof SandboxFailure)) throw error;
    return pagePath(token);
  }
  const returnUrl = returnUrlFor(session);
  return session.bypassStatusPage && returnUrl ? returnUrl : resultPath(token);
}
