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

/** What a refused (rate-limited) sign-in or sign-up says, in whole minutes, rounded up. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
