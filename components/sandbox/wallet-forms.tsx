"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import type { PageFormAction } from "@/lib/sandbox/hosted-page";
import { FormField } from "@/components/ui/form-field";

/** E-wallet, step 1: the number of the wallet's account. The value stays in the field after an error. */
export function WalletPhoneForm({
  token,
  wallet,
  action,
}: {
  token: string;
  wallet: string;
  action: PageFormAction;
}) {
  const t = useTranslations("sandbox.wallet");
  const [state, submit, pending] = useActionState(action, { errors: {} });
  const [phone, setPhone] = useState("");
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField
        id="wallet-phone"
        name="phone"
        label={t("phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        hint={t("phoneHint", { wallet })}
        error={state.errors.phone}
      />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={pending}>
        {t("pay")}
      </button>
    </form>
  );
}

/** E-wallet, step 2: the one-time code the wallet sent. A wrong code can be tried again. */
export function WalletOtpForm({ token, action }: { token: string; action: PageFormAction }) {
  const t = useTranslations("sandbox.wallet");
  const [state, submit, pending] = useActionState(action, { errors: {} });
  const [otp, setOtp] = useState("");
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField
        id="wallet-otp"
        name="otp"
        label={t("otp")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={otp}
        onChange={(event) => setOtp(event.target.value)}
        hint={t("otpHint")}
        error={state.errors.otp}
      />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={pending}>
        {t("pay")}
      </button>
    </form>
  );
}
