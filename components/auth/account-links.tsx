import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/rules";
import { AccountLinksView, type AccountWords } from "./account-links-view";

/** The account links' words in the page's language. */
export async function accountWords(): Promise<AccountWords> {
  const t = await getTranslations("common.account");
  return {
    signIn: t("signIn"),
    myOrders: t("myOrders"),
    admin: t("admin"),
    signOut: t("signOut"),
    signedInAs: t.raw("signedInAs") as string,
  };
}

/** Header links that depend on who is signed in. */
export async function AccountLinks({ user }: { user: SessionUser | null }) {
  return <AccountLinksView user={user} words={await accountWords()} />;
}
