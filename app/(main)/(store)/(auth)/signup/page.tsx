import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { IntlIsland } from "@/components/ui/intl-island";
import { card } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthPageParams, type SearchParams } from "@/lib/auth/page-params";
import { PASSWORD_MIN } from "@/lib/auth/validation";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = AuthPageParams.parse(await searchParams);
  const t = await getTranslations("auth.signUp");
  const callbackUrl = safeCallbackPath(params.callbackUrl, env().appUrl, "/account/orders");
  return (
    <section
      className={`${card} mx-auto flex w-full max-w-md flex-col gap-5 p-6`}
      aria-labelledby="signup-heading"
    >
      <div className="flex flex-col gap-1">
        <h1 id="signup-heading" className="text-2xl font-bold tracking-tight">
          {t("heading")}
        </h1>
        <p className="text-sm text-ink-muted">{t("intro")}</p>
      </div>
      <IntlIsland namespaces={["auth"]}>
        <SignUpForm callbackUrl={callbackUrl} passwordHint={t("passwordHint", { min: PASSWORD_MIN })} />
      </IntlIsland>
      <p className="text-sm text-ink-muted">
        {t.rich("haveAccount", {
          link: (words) => (
            <Link
              href={`/signin?${new URLSearchParams({ callbackUrl })}`}
              className="text-brand-700 underline"
            >
              {words}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
