"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { signUpAction, type AuthFormState } from "@/lib/auth/form-actions";
import { FormField } from "@/components/ui/form-field";
import { focusFirstProblem } from "./focus-first-problem";
import { FormMessage } from "./form-message";

export function SignUpForm({ callbackUrl, passwordHint }: { callbackUrl: string; passwordHint: string }) {
  const t = useTranslations("auth.form");
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});
  const form = useRef<HTMLFormElement>(null);
  const initial = useRef(state);
  useEffect(() => {
    if (state !== initial.current) focusFirstProblem(form.current);
  }, [state]);
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        id="signup-name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <FormField
        id="signup-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <FormField
        id="signup-password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={state.fields?.password}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? t("creatingAccount") : t("createAccount")}
      </button>
    </form>
  );
}
