import type { Locale } from "@/lib/i18n/locales";
import { formatMessage, translatorFor, type MessageParams } from "@/lib/messages/errors";

/** Auth.js error types we have words for (errors.signIn.* in the catalogues). */
const SIGN_IN_ERRORS = new Set([
  "CredentialsSignin",
  "PasswordAccount",
  "EmailRequired",
  "AccessDenied",
  "Configuration",
]);

/** The sentence for a sign-in failure, keyed by Auth.js error type or our own refusal codes. */
export function signInErrorMessage(type: string, locale: Locale): string {
  // i18n-dynamic: errors.signIn
  return translatorFor(locale, "errors")(`signIn.${SIGN_IN_ERRORS.has(type) ? type : "default"}`);
}

/** The words of a refused (rate-limited) sign-in or sign-up: whole minutes, rounded up. */
export function tooManyAttempts(retryAfterSeconds: number): {
  messageKey: "too_many_attempts_minute" | "too_many_attempts_minutes";
  params: MessageParams;
} {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return minutes === 1
    ? { messageKey: "too_many_attempts_minute" as const, params: {} }
    : { messageKey: "too_many_attempts_minutes" as const, params: { minutes } };
}

export function tooManyAttemptsMessage(retryAfterSeconds: number, locale: Locale): string {
  const { messageKey, params } = tooManyAttempts(retryAfterSeconds);
  return formatMessage(messageKey, params, locale);
}
