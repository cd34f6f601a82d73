import { z } from "zod";
import { text } from "@/lib/bounds";
import type { FieldIssue } from "@/lib/result";

/** What sign-up and sign-in forms accept. Pure: shared by the server actions and their tests. */

export const PASSWORD_MIN = 10;
// Bounds the work one sign-in attempt can cause; passphrases fit comfortably.
export const PASSWORD_MAX = 128;
const MIN_DISTINCT_CHARACTERS = 5;

// The few passwords every guessing list starts with (NIST 800-63B: refuse known-bad passwords
// rather than demand character classes). Compared case-insensitively.
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "12345678910",
  "123456789012",
  "0987654321",
  "qwertyuiop",
  "1q2w3e4r5t",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "admin12345",
  "qwerty12345",
  "abcdefghij",
  "abcd123456",
  "indonesia1",
  "indonesia123",
]);

export const Email = text({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** Why a password is too weak for this email, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): FieldIssue | null {
  if (password.length < PASSWORD_MIN) return { problem: "tooShort", values: { minimum: PASSWORD_MIN } };
  if (password.length > PASSWORD_MAX) return { problem: "tooLong", values: { maximum: PASSWORD_MAX } };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return { problem: "common" };
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) {
    return { problem: "fewCharacters", values: { minimum: MIN_DISTINCT_CHARACTERS } };
  }
  if (email && lower.includes(email)) return { problem: "containsEmail" };
  return null;
}

export const SignUpInput = z
  .object({
    name: text({ error: "Enter your name." })
      .trim()
      .min(1, "Enter your name.")
      .max(80, "Name must be at most 80 characters."),
    email: Email,
    password: text({ error: "Choose a password." }),
  })
  .superRefine((input, context) => {
    const problem = passwordProblem(input.password, input.email);
    if (problem) {
      context.addIssue({
        code: "custom",
        path: ["password"],
        message: problem.problem,
        params: { problem: problem.problem, ...problem.values },
      });
    }
  });
export type SignUpInput = z.output<typeof SignUpInput>;

/** Sign-in checks only shape and size: the rules may have changed since the account was made. */
export const SignInInput = z.object({
  email: Email,
  password: text({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, "Wrong email or password."),
});
export type SignInInput = z.output<typeof SignInInput>;
