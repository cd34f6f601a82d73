"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import type { PageFormAction } from "@/lib/sandbox/hosted-page";
import { FormField } from "@/components/ui/form-field";

const EMPTY = { number: "", expiry: "", cvv: "", name: "" };

/**
 * The hosted card form. It posts to the sandbox's own server action (the gateway's side): the
 * merchant's server never sees the card. The fields keep what was typed when one is refused.
 */
export function CardForm({ token, action }: { token: string; action: PageFormAction }) {
  const t = useTranslations("sandbox.card");
  const [state, submit, pending] = useActionState(action, { errors: {} });
  const [values, setValues] = useState(EMPTY);
  const bind = (field: keyof typeof EMPTY) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
    error: state.errors[field],
  });
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField
        id="card-number"
        label={t("number")}
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="4440 0001 1220 0001"
        {...bind("number")}
      />
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id="card-expiry"
          label={t("expiry")}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          {...bind("expiry")}
        />
        <FormField
          id="card-cvv"
          label={t("cvv")}
          inputMode="numeric"
          autoComplete="cc-csc"
          maxLength={4}
          {...bind("cvv")}
        />
      </div>
      <FormField id="card-name" label={t("name")} autoComplete="cc-name" {...bind("name")} />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={pending}>
        {t("pay")}
      </button>
    </form>
  );
}
