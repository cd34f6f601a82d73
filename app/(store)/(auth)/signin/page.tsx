import type { Metadata } from "next";
import Link from "next/link";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { card } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getLocale } from "next-intl/server";
import { signInErrorMessage } from "@/lib/auth/messages";
import { AuthPageParams, type SearchParams } from "@/lib/auth/page-params";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = AuthPageParams.parse(await searchParams);
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
        Sign in
      </h1>
      <SignInForm
        callbackUrl={callbackUrl}
        initialMessage={params.error ? signInErrorMessage(params.error, await getLocale()) : undefined}
      />
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-sm text-ink-muted">
        New here?{" "}
        <Link href={`/signup?${new URLSearchParams({ callbackUrl })}`} className="text-brand-700 underline">
          Create an account
        </Link>
        . You can also check out as a guest.
      </p>
    </section>
  );
}
