import "server-only";
import { text } from "@/lib/bounds";
import type { EwalletChannel, PaymentMethodType, SimulationChargeStatus, VaChannel } from "@/lib/harsya/wire";
import { issueCharge, type MethodChoice } from "./charges";
import type { SandboxDeps } from "./deps";
import { SandboxFailure } from "./envelope";
import { afterSettling, changeFromPage, PAGE_PATH, pageContext, pagePath, returnUrlFor } from "./hosted-step";
import { amountFits, methodsForAmount } from "./methods";
import type { MethodOptions, SandboxCharge, SandboxSession } from "./session-object";
import { readSession } from "./sessions";
import { isAwaitingMethod, simulate } from "./state-machine";
import { sessionIdFromPageToken } from "./tokens";

export { authenticateCard, submitCard } from "./hosted-card";
export {
  pagePath,
  PAGE_PATH,
  resultPath,
  RESULT_PATH,
  returnUrlFor,
  threeDsPath,
  THREE_DS_PATH,
  type StepResult,
} from "./hosted-step";
export { submitWalletOtp, submitWalletPhone } from "./hosted-wallet";

/**
 * The hosted payment page's side of the engine: what `/sandbox/pay?token=` shows, and what its
 * method picker and simulate buttons do. Its wallet and card forms (and the mock 3-D Secure page)
 * are in hosted-wallet.ts and hosted-card.ts.
 */

export interface PaymentPage {
  token: string;
  session: SandboxSession;
  methodOptions: MethodOptions;
  charge: SandboxCharge | undefined;
  /** What the method picker may offer: the methods whose limits suit the amount. */
  methods: PaymentMethodType[];
  /** Where the shopper goes back to for this session's final state, if it has one. */
  returnUrl: string | undefined;
}

/** The `token` of the page's URL and forms: a signed JWT, so anything else is no page. */
export const PageToken = text().min(1).max(4096);

/** The page for a `paymentUrl` token, or undefined for a forged token or an unknown session. */
export async function loadPaymentPage(deps: SandboxDeps, token: string): Promise<PaymentPage | undefined> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return undefined;
  try {
    const stored = await readSession(await pageContext(deps), id);
    return {
      token,
      session: stored.session,
      methodOptions: stored.methodOptions,
      charge: stored.session.chargeDetails?.[0],
      methods: methodsForAmount(stored.session.amount.value),
      returnUrl: returnUrlFor(stored.session),
    };
  } catch (error) {
    if (error instanceof SandboxFailure && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * The shopper picks how to pay (a session created without a method, or not yet confirmed):
 * choosing is confirming, so the charge is issued at once. Answers where to send the browser next.
 */
export async function chooseMethodOnPage(
  deps: SandboxDeps,
  token: string,
  picked: PagePick,
): Promise<string> {
  if (!sessionIdFromPageToken(deps, token)) return PAGE_PATH;
  const db = await deps.db();
  await changeFromPage(deps, token, ({ session, methodOptions }) => {
    if (!isAwaitingMethod(session))
      return { refused: `A ${session.status} payment session has its method already` };
    if (!amountFits(picked.type, session.amount.value))
      return { refused: `${picked.type} does not take this amount` };
    return issueCharge(deps, db, session, choiceFromPick(picked, methodOptions), methodOptions);
  });
  return pagePath(token);
}

/** What the page's method picker sends: a bank, QRIS, a wallet or the card form. */
export type PagePick =
  | { type: "VIRTUAL_ACCOUNT"; channel: VaChannel }
  | { type: "QR" }
  | { type: "EWALLET"; channel: EwalletChannel }
  | { type: "CARD" };

/** The shopper's pick, completed with what the merchant sent at create (account name, wallet number, 3DS). */
function choiceFromPick(picked: PagePick, kept: MethodOptions): MethodChoice {
  switch (picked.type) {
    case "VIRTUAL_ACCOUNT":
      return { ...picked, virtualAccountName: kept.virtualAccountName };
    case "QR":
      return { type: "QR", expiryAt: kept.qrExpiryAt ? new Date(kept.qrExpiryAt) : undefined };
    case "EWALLET":
      return {
        ...picked,
        accountIdentifier: kept.ewalletChannel === picked.channel ? kept.accountIdentifier : undefined,
      };
    case "CARD":
      return { type: "CARD", threeDsMethod: kept.threeDsMethod };
  }
}

/** The page's bank picker (kept for the virtual-account flow and its tests). */
export function chooseBankOnPage(deps: SandboxDeps, token: string, channel: VaChannel): Promise<string> {
  return chooseMethodOnPage(deps, token, { type: "VIRTUAL_ACCOUNT", channel });
}

/** A card waiting on the mock 3-D Secure page. */
export const awaitsThreeDs = (page: PaymentPage) =>
  page.session.status === "REQUIRE_ACTION" &&
  page.charge?.status === "WAITING_FOR_AUTHENTICATION" &&
  page.methodOptions.pendingCard !== undefined;

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
  if (!sessionIdFromPageToken(deps, token)) return PAGE_PATH;
  const session = await changeFromPage(
    deps,
    token,
    (stored) => simulate(stored.session, outcome, deps.now()),
    options,
  );
  return session ? afterSettling(session, token) : pagePath(token);
}

/** What a form of the page shows after a refused submit: one message per field. */
export interface PageFormState {
  errors: Partial<Record<string, string>>;
}
export type PageFormAction = (state: PageFormState, formData: FormData) => Promise<PageFormState>;
