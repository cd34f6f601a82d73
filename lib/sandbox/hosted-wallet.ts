import "server-only";
import { chargeFailure } from "./charge-failures";
import { walletAccount } from "./charges";
import type { SandboxDeps } from "./deps";
import { checkOtp, nationalMobile, PHONE_MESSAGE, walletOutcome } from "./ewallet";
import { afterSettling, changeFromPage, pagePath, type StepResult } from "./hosted-step";
import { expire, fail, pay, startProcessing, updateCharge } from "./state-machine";

/** The hosted page's e-wallet form: the wallet's phone number, then the one-time code. */

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
