import { describe, expect, it } from "vitest";
import { fieldSentence } from "@/lib/i18n/validation";
import { passwordProblem, SignInInput, SignUpInput } from "./validation";

/** A weak password's reason, in the English words the sign-up form shows. */
const words = (password: string, email: string) => {
  const problem = passwordProblem(password, email);
  return problem && fieldSentence("en", "password", problem);
};

const problems = (input: Record<string, unknown>) => {
  const parsed = SignUpInput.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("sign-up validation", () => {
  it("accepts a good sign-up and normalises the email", () => {
    const parsed = SignUpInput.parse({
      name: "  Sari ",
      email: " Sari@Example.COM ",
      password: "kopi tubruk pagi",
    });
    expect(parsed).toEqual({ name: "Sari", email: "sari@example.com", password: "kopi tubruk pagi" });
  });

  it("explains each missing or malformed field", () => {
    expect(problems({})).toEqual({
      name: "Enter your name.",
      email: "Enter your email address.",
      password: "Choose a password.",
    });
    expect(problems({ name: " ", email: "not-an-email", password: "kopi tubruk pagi" })).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like name@example.com.",
    });
    expect(problems({ name: "x".repeat(81), email: "a@b.co", password: "kopi tubruk pagi" })).toEqual({
      name: "Name must be at most 80 characters.",
    });
  });

  it("refuses weak passwords with a reason", () => {
    expect(words("short", "a@b.co")).toBe("Password must be at least 10 characters.");
    expect(words("x".repeat(129), "a@b.co")).toBe("Password must be at most 128 characters.");
    expect(words("Password123", "a@b.co")).toBe(
      "This password is too common. Choose one that is harder to guess.",
    );
    expect(words("1212121212", "a@b.co")).toBe("Password needs at least 5 different characters.");
    expect(words("my sari@example.com!", "sari@example.com")).toBe(
      "Password must not contain your email address.",
    );
    expect(passwordProblem("kopi tubruk pagi", "sari@example.com")).toBeNull();
    expect(problems({ name: "Sari", email: "Sari@Example.com", password: "SARI@EXAMPLE.COM1" })).toEqual({
      password: "containsEmail",
    });
  });
});

describe("sign-in validation", () => {
  it("checks shape only, not today's password rules", () => {
    expect(SignInInput.parse({ email: "A@B.co", password: "short" })).toEqual({
      email: "a@b.co",
      password: "short",
    });
    expect(SignInInput.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
    expect(SignInInput.safeParse({ email: "a@b.co", password: "x".repeat(129) }).success).toBe(false);
    expect(SignInInput.safeParse({ email: "a@b.co" }).success).toBe(false);
  });
});

describe("text Postgres cannot store", () => {
  it("is refused in every field, naming it", () => {
    expect(problems({ name: "Sa\u0000ri", email: "sari@example.com", password: "kopi tubruk pagi" })).toEqual(
      {
        name: "must not contain NUL characters or broken Unicode",
      },
    );
    expect(
      Object.keys(problems({ name: "Sari", email: "sari\u0000@example.com", password: "kopi tubruk pagi" })),
    ).toEqual(["email"]);
    expect(
      SignInInput.safeParse({ email: "sari@example.com", password: "kopi\u0000" }).error?.issues[0]?.path,
    ).toEqual(["password"]);
  });
});
