import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary, card } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/form-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signOut");
  return { title: t("title") };
}

// Signing out is a POST (a form), so a link on another site cannot sign anyone out.
export default async function SignOutPage() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("auth.signOut")]);
  return (
    <section
      className={`${card} mx-auto flex w-full max-w-md flex-col gap-5 p-6`}
      aria-labelledby="signout-heading"
    >
      <h1 id="signout-heading" className="text-2xl font-bold tracking-tight">
        {t("heading")}
      </h1>
      {user ? (
        <form action={signOutAction} className="flex flex-col gap-4">
          <p className="[overflow-wrap:anywhere]">
            {t.rich("signedInAs", { email: user.email, strong: (words) => <strong>{words}</strong> })}
          </p>
          <button type="submit" className={buttonPrimary}>
            {t("button")}
          </button>
        </form>
      ) : (
        <p>
          {t("signedOut")}{" "}
          <Link href="/" className="text-brand-700 underline">
            {t("backToShop")}
          </Link>
        </p>
      )}
    </section>
  );
}
