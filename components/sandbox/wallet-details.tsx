import { getTranslations } from "next-intl/server";
import type { PageFormAction } from "@/lib/sandbox/hosted-page";
import { EWALLET_NAMES } from "@/lib/sandbox/ewallet";
import type { SandboxCharge } from "@/lib/sandbox/session-object";
import { WalletOtpForm, WalletPhoneForm } from "./wallet-forms";

type WalletCharge = SandboxCharge & { ewallet: NonNullable<SandboxCharge["ewallet"]> };

const TEST_NUMBERS = [
  ["08111111001", "paid"],
  ["08111111002", "processing"],
  ["08111111003", "fails"],
  ["08111111004", "expires"],
] as const;

// i18n-dynamic: sandbox.wallet.outcome
/** The wallet's own steps, as the sandbox plays them: the account's phone number, then a code. */
export async function WalletDetails({
  token,
  charge,
  phoneAction,
  otpAction,
}: {
  token: string;
  charge: WalletCharge;
  phoneAction: PageFormAction;
  otpAction: PageFormAction;
}) {
  const wallet = EWALLET_NAMES[charge.ewallet.channel];
  const account = charge.ewallet.accountInformations;
  const t = await getTranslations("sandbox.wallet");
  return (
    <section aria-labelledby="wallet-heading" className="flex flex-col gap-4">
      <h2 id="wallet-heading" className="text-base font-semibold">
        {t("heading", { wallet })}
      </h2>
      {account ? (
        <>
          <p className="text-sm text-ink-muted">
            {t("requestSent", { wallet, phone: account.mobileNumber })}
          </p>
          <WalletOtpForm token={token} action={otpAction} />
        </>
      ) : (
        <WalletPhoneForm token={token} wallet={wallet} action={phoneAction} />
      )}
      <details className="rounded-lg border border-surface-line px-4 py-2 text-sm">
        <summary className="cursor-pointer py-1 font-medium">{t("testNumbers")}</summary>
        <ul className="space-y-1 py-2 text-ink-muted">
          {TEST_NUMBERS.map(([number, outcome]) => (
            <li key={number}>
              <span className="font-mono">{number}</span> {t(`outcome.${outcome}`)}
            </li>
          ))}
          <li>{t("anyOther")}</li>
        </ul>
      </details>
    </section>
  );
}
