import "server-only";
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "./demo";
import { hashPassword } from "./password";
import { createUser, findUserByEmail } from "./users";

/** Creates the demo accounts that are missing. Hashing is slow, so existing ones cost one query each. */
export async function seedDemoAccounts(db: Db): Promise<void> {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, {
      email: account.email,
      name: account.name,
      passwordHash: await hashPassword(account.password),
    });
  }
}
