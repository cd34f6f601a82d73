import "server-only";
import { text } from "@/lib/bounds";
import type { EwalletChannel, PaymentMethodType, SimulationChargeStatus, VaChannel } from "@/lib/harsya/wire";
import { validateCard, type CardField, type CardForm, type ValidCard } from "./card-input";
import { chargeFailure } from "./charge-failures";
import { issueCharge, walletAccount, type MethodChoice } from "./charges";
import type { SandboxDeps } from "./deps";
import { SandboxFailure } from "./envelope";
import { checkOtp, nationalMobile, PHONE_MESSAGE, walletOutcome } from "./ewallet";
import { amountFits, methodsForAmount } from "./methods";
import type { MethodOptions, SandboxCharge, SandboxSession } from "./session-object";
import { changeSession, readSession, type ChangeContext } from "./sessions";
import {
  expire,
  fail,
  isAwaitingMethod,
  methodOf,
  pay,
  simulate,
  startProcessing,
  updateCharge,
} from "./state-machine";
import { cardOutcome, needsChallenge, type CardOutcome } from "./test-cards";
import { sessionIdFromPageToken } from "./tokens";

/**
 * The hosted payment page's side of the engine: what `/sandbox/pay?token=` shows, and what its
 * method picker, wallet and card forms, mock 3-D Secure page and simulate buttons do. Shoppers are sent to relative `/sandbox/...` paths so the
 * page works on whichever host it was opened.
 */

export const PAGE_PATH = "/sandbox/pay";
export const RESULT_PATH = "/sandbox/pay/result";
export const THREE_DS_PATH = "/sandbox/pay/3ds";

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
      methods: methodsForAmount(stored.session.amount.value),
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
export const threeDsPath = (token: string) => `${THREE_DS_PATH}?token=${encodeURIComponent(token)}`;

/** Where the shopper goes once the session is settled: the result page, or with `bypassStatusPage` the merchant. */
function afterSettling(session: SandboxSession, token: string): string {
  const returnUrl = returnUrlFor(session);
  return session.bypassStatusPage && returnUrl ? returnUrl : resultPath(token);
}

/** Runs one change of the page; a session that moved on meanwhile (paid, expired) just shows again. */
async function changeFromPage(
  deps: SandboxDeps,
  token: string,
  decide: Parameters<typeof changeSession>[2],
  options: { dropCallback?: boolean } = {},
): Promise<SandboxSession | undefined> {
  const id = sessionIdFromPageToken(deps, token);
  if (!id) return undefined;
  const ctx = await context(deps, options.dropCallback);
  try {
    return await changeSession(ctx, id, decide);
  } catch (error) {
    if (!(error instanceof SandboxFailure)) throw error;
    return undefined;
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

/** A form step's answer: messages for its fields, or where to send the browser. */
export type StepResult<Field extends string> =
  { ok: false; errors: Partial<Record<Field, string>> } | { ok: true; next: string };

/** E-wallet, step 1: the wallet's phone number. Nothing changes until it is an Indonesian mobile number. */
export async function submitWalletPhone(
  deps: SandboxDeps,
  token: string,
  phone: string,
): Promise<StepResult<"phone">> {
  const national = nationalMobile(phone);
  if (!national) return { ok: false, errors: { phone: PHONE_MESSAGE } };
  await changeFromPage(deps, token, ({ session }) => {
    const charge = session.chargeDetails?.[0];
    const ewallet = charge?.ewallet;
    if (session.status !== "REQUIRE_ACTION" || !ewallet || charge.status !== "WAITING_FOR_USER_ACTION") {
      return { refused: "This payment is not waiting for a wallet phone number" };
    }
    const account = { channel: ewallet.channel, accountInformations: walletAccount(session, national) };
    return updateCharge(
      session,
      (current) => ({ ...current, status: "WAITING_FOR_AUTHENTICATION", ewallet: account }),
      deps.now(),
    );
  });
  return { ok: true, next: pagePath(token) };
}

/**
 * E-wallet, step 2: the one-time code. A wrong code changes nothing and may be tried again; the
 * right one settles the payment as the phone number's test outcome says.
 */
export async function submitWalletOtp(
  deps: SandboxDeps,
  token: string,
  otp: string,
): Promise<StepResult<"otp">> {
  const wrong = checkOtp(otp);
  if (wrong) return { ok: false, errors: { otp: wrong } };
  const now = deps.now();
  const settled = await changeFromPage(deps, token, ({ session }) => {
    const charge = session.chargeDetails?.[0];
    const mobile = charge?.ewallet?.accountInformations?.mobileNumber;
    if (session.status !== "REQUIRE_ACTION" || charge?.status !== "WAITING_FOR_AUTHENTICATION" || !mobile) {
      return { refused: "This payment is not waiting for a wallet code" };
    }
    switch (walletOutcome(nationalMobile(mobile) ?? "")) {
      case "SUCCESS":
        return pay(session, now);
      case "PROCESSING":
        return startProcessing(session, now);
      case "FAILED":
        return fail(session, chargeFailure("EWALLET", "INSUFFICIENT_FUND"), now);
      case "EXPIRED":
        return expire(session, now, now);
    }
  });
  return {
    ok: true,
    next: settled && settled.status !== "PROCESSING" ? afterSettling(settled, token) : pagePath(token),
  };
}

const SANDBOX_ISSUER = "Harsya Sandbox Bank";

/** What the gateway reports of a card: brand, first 6, last 4 (never the full number, never the CVV). */
function cardDetail(card: Pick<ValidCard, "brand" | "first6" | "last4">) {
  return {
    first6: card.first6,
    last4: card.last4,
    binInformations: { type: "CREDIT", issuingBank: SANDBOX_ISSUER, brand: card.brand, country: "ID" },
  };
}

function authentication(challenged: boolean, outcome: CardOutcome) {
  const rejected = outcome.result === "FAILED" && outcome.failureCode === "AUTHENTICATION_FAILED";
  return {
    threeDsVersion: "2.2.0",
    threeDsResult: rejected ? "REJECTED" : "AUTHENTICATED",
    threeDsMethod: challenged ? "CHALLENGE" : "FRICTIONLESS",
    eciCode: rejected ? "07" : "05",
  };
}

function settleCard(
  session: SandboxSession,
  outcome: CardOutcome,
  challenged: boolean,
  now: Date,
  card?: ReturnType<typeof cardDetail>,
) {
  const detail = (charge: SandboxCharge): Partial<SandboxCharge> => {
    const known = card ?? charge.card;
    return known ? { card: { ...known, authenticationResult: authentication(challenged, outcome) } } : {};
  };
  return outcome.result === "SUCCESS"
    ? pay(session, now, detail)
    : fail(session, chargeFailure("CARD", outcome.failureCode, outcome.reason), now, detail);
}

/**
 * The card form. Nothing changes until every field is valid; then the test card decides: settled
 * at once (frictionless), or the mock 3-D Secure page first. The number itself goes no further
 * than this function.
 */
export async function submitCard(
  deps: SandboxDeps,
  token: string,
  form: CardForm,
): Promise<StepResult<CardField>> {
  const now = deps.now();
  const checked = validateCard(form, now);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const outcome = cardOutcome(checked.card.number);
  const card = cardDetail(checked.card);
  let challenged = false;
  const settled = await changeFromPage(deps, token, ({ session, methodOptions }) => {
    const charge = session.chargeDetails?.[0];
    if (
      session.status !== "REQUIRE_ACTION" ||
      methodOf(session) !== "CARD" ||
      charge?.status !== "WAITING_FOR_USER_ACTION"
    ) {
      return { refused: "This payment is not waiting for a card" };
    }
    challenged = needsChallenge(outcome, methodOptions.threeDsMethod);
    if (!challenged) return settleCard(session, outcome, false, now, card);
    return {
      ...updateCharge(
        session,
        (current) => ({ ...current, status: "WAITING_FOR_AUTHENTICATION", card }),
        now,
      ),
      methodOptions: { ...methodOptions, pendingCard: outcome },
    };
  });
  if (!settled) return { ok: true, next: pagePath(token) };
  return { ok: true, next: challenged ? threeDsPath(token) : afterSettling(settled, token) };
}

/** The mock 3-D Secure page's button: the issuer's answer is the one the test card carries. */
export async function authenticateCard(deps: SandboxDeps, token: string): Promise<string> {
  const now = deps.now();
  const settled = await changeFromPage(deps, token, ({ session, methodOptions }) => {
    const { pendingCard, ...rest } = methodOptions;
    if (
      session.status !== "REQUIRE_ACTION" ||
      !pendingCard ||
      session.chargeDetails?.[0]?.status !== "WAITING_FOR_AUTHENTICATION"
    ) {
      return { refused: "This payment is not waiting for 3-D Secure" };
    }
    return { ...settleCard(session, pendingCard, true, now), methodOptions: rest };
  });
  return settled ? afterSettling(settled, token) : pagePath(token);
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
