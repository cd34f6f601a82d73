import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/rules";

const link =
  "whitespace-nowrap rounded-full px-2 py-2 text-sm font-medium text-ink hover:bg-surface-sunken sm:px-3";

/** Header links that depend on who is signed in. */
export async function AccountLinks({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("common.account");
  if (!user) {
    return (
      <Link href="/signin" className={link}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    <>
      <Link href="/account/orders" className={link}>
        {t("myOrders")}
      </Link>
      {user.isAdmin && (
        <Link href="/admin" className={link}>
          {t("admin")}
        </Link>
      )}
      <Link href="/signout" className={link} title={t("signedInAs", { email: user.email })}>
        {t("signOut")}
      </Link>
    </>
  );
}
