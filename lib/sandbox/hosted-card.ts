import "server-only";
import { validateCard, type CardField, type CardForm, type ValidCard } from "./card-input";
import { chargeFailure } from "./charge-failures";
import type { SandboxDeps } from "./deps";
import { afterSettling, changeFromPage, pagePath, threeDsPath, type StepResult } from "./hosted-step";
import type { SandboxCharge, SandboxSession } from "./session-object";
import { fail, methodOf, pay, updateCharge } from "./state-machine";
import { cardOutcome, needsChallenge, type CardOutcome } from "./test-cards";

/** The hosted page's card form and its mock 3-D Secure page, settled as the test card says. */

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
