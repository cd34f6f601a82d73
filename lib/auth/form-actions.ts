"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { database } from "@/lib/server/deps";
import { env } from "@/lib/env";
import { clientAddress, errorMessage } from "@/lib/http";
import { requestLocale } from "@/lib/i18n/request";
import { fieldIssues, fieldSentences, PARSE_OPTIONS } from "@/lib/i18n/validation";
import { formatMessage } from "@/lib/messages/errors";
import { safeCallbackPath } from "./callback-url";
import { signIn, signOut } from "./index";
import { signInErrorMessage, tooManyAttemptsMessage } from "./messages";
import { registerUser } from "./register";
import { SignInRateLimited } from "./sign-in";
import { countSignUpAttempt } from "./throttle";
import { SignInInput, SignUpInput } from "./validation";

/** What a sign-in or sign-up form shows after a refused submit. Passwords are never sent back. */
export interface AuthFormState {
  message?: string;
  fields?: Record<string, string>;
  values?: { email: string; name?: string };
}

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** A refused form: one line on top, and each field's own sentence, in the shopper's language. */
async function invalidFields(error: z.ZodError, values: AuthFormState["values"]): Promise<AuthFormState> {
  const locale = await requestLocale();
  return {
    message: formatMessage("sign_in_fields", {}, locale),
    fields: fieldSentences(locale, fieldIssues(error)),
    values,
  };
}

function callbackFrom(formData: FormData): string {
  return safeCallbackPath(formData.get("callbackUrl"), env().appUrl);
}

/** Signs in and redirects (the redirect is thrown, so it must not be caught here). */
async function signInWithPassword(
  email: string,
  password: string,
  redirectTo: string,
  values: AuthFormState["values"],
): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return { message: tooManyAttemptsMessage(error.retryAfterSeconds, await requestLocale()), values };
    }
    if (error instanceof AuthError) {
      return { message: signInErrorMessage(error.type, await requestLocale()), values };
    }
    throw error;
  }
  return {};
}

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData.get("email")) };
  const parsed = SignInInput.safeParse(
    { email: formData.get("email"), password: formData.get("password") },
    PARSE_OPTIONS,
  );
  if (!parsed.success) return invalidFields(parsed.error, values);
  return signInWithPassword(parsed.data.email, parsed.data.password, callbackFrom(formData), values);
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData.get("email")), name: text(formData.get("name")) };
  const parsed = SignUpInput.safeParse(
    { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") },
    PARSE_OPTIONS,
  );
  if (!parsed.success) return invalidFields(parsed.error, values);
  const db = await database();
  const limit = await countSignUpAttempt(db, parsed.data.email, clientAddress({ headers: await headers() }));
  const locale = await requestLocale();
  if (!limit.allowed) return { message: tooManyAttemptsMessage(limit.retryAfterSeconds, locale), values };
  const created = await registerUser(db, parsed.data);
  if (!created.ok) {
    const { fields } = created.error;
    return {
      message: errorMessage(created.error, locale),
      ...(fields ? { fields: fieldSentences(locale, fields) } : {}),
      values,
    };
  }
  return signInWithPassword(parsed.data.email, parsed.data.password, callbackFrom(formData), values);
}

const OAuthProvider = z.enum(["github", "google"]);

/** GitHub/Google buttons; the provider must be configured (Auth.js refuses unknown ones anyway). */
export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = OAuthProvider.safeParse(formData.get("provider"));
  if (!provider.success || !env().auth[provider.data]) return;
  await signIn(provider.data, { redirectTo: callbackFrom(formData) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
