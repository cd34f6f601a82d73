import "server-only";
import type { Db } from "@/lib/db";
import type { Result } from "@/lib/result";
import { hashPassword } from "./password";
import { createUser, type User } from "./users";
import type { SignUpInput } from "./validation";

/** Creates a password account from validated sign-up input; `email_taken` when the email is in use. */
export async function registerUser(db: Db, input: SignUpInput): Promise<Result<User>> {
  return createUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
  });
}
