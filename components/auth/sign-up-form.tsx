"use client";

import { useActionState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { signUpAction, type AuthFormState } from "@/lib/auth/form-actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "./form-message";

export function SignUpForm({ callbackUrl, passwordHint }: { callbackUrl: string; passwordHint: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        id="signup-name"
        name="name"
        label="Name"
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
        label="Email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <FormField
        id="signup-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={state.fields?.password}
      />
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
