"use client";

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
  const [state, submit, pending] = useActionState(action, { errors: {} });
  const [phone, setPhone] = useState("");
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField
        id="wallet-phone"
        name="phone"
        label="Phone number"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        hint={`The mobile number of your ${wallet} account.`}
        error={state.errors.phone}
      />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={pending}>
        Pay
      </button>
    </form>
  );
}

/** E-wallet, step 2: the one-time code the wallet sent. A wrong code can be tried again. */
export function WalletOtpForm({ token, action }: { token: string; action: PageFormAction }) {
  const [state, submit, pending] = useActionState(action, { errors: {} });
  const [otp, setOtp] = useState("");
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField
        id="wallet-otp"
        name="otp"
        label="OTP"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={otp}
        onChange={(event) => setOtp(event.target.value)}
        hint="The 6-digit code sent to your phone (in the sandbox: 000000)."
        error={state.errors.otp}
      />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={pending}>
        Pay
      </button>
    </form>
  );
}
