"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { signInAction, type AuthFormState } from "@/lib/auth/form-actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "./form-message";

export function SignInForm({
  callbackUrl,
  initialMessage,
}: {
  callbackUrl: string;
  initialMessage?: string;
}) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {
    message: initialMessage,
  });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        id="signin-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <FormField
        id="signin-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
