import { formatMessage, type MessageParams } from "@/lib/messages/errors";

/** Sentences for sign-in failures, keyed by Auth.js error type or our own refusal codes. */
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  PasswordAccount: "This email has a password account. Sign in with your email and password.",
  EmailRequired: "That account has no verified email address, so it cannot sign in here.",
  AccessDenied: "That account cannot sign in here.",
  Configuration: "Sign-in is not available right now. Please try again later.",
};

export function signInErrorMessage(type: string): string {
  return MESSAGES[type] ?? "Signing in did not work. Please try again.";
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

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const { messageKey, params } = tooManyAttempts(retryAfterSeconds);
  return formatMessage(messageKey, params);
}
