import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { IntlIsland } from "@/components/ui/intl-island";
import { card } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/messages";
import { AuthPageParams, type SearchParams } from "@/lib/auth/page-params";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = AuthPageParams.parse(await searchParams);
  const t = await getTranslations("auth.signIn");
  const { appUrl, auth } = env();
  const callbackUrl = safeCallbackPath(params.callbackUrl, appUrl);
  const providers = [
    ...(auth.github ? ["github" as const] : []),
    ...(auth.google ? ["google" as const] : []),
  ];
  return (
    <section
      className={`${card} mx-auto flex w-full max-w-md flex-col gap-5 p-6`}
      aria-labelledby="signin-heading"
    >
      <h1 id="signin-heading" className="text-2xl font-bold tracking-tight">
        {t("heading")}
      </h1>
      <IntlIsland namespaces={["auth"]}>
        <SignInForm
          callbackUrl={callbackUrl}
          initialMessage={params.error ? signInErrorMessage(params.error, await getLocale()) : undefined}
        />
      </IntlIsland>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-sm text-ink-muted">
        {t.rich("newHere", {
          link: (words) => (
            <Link
              href={`/signup?${new URLSearchParams({ callbackUrl })}`}
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
