import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { card } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthPageParams, type SearchParams } from "@/lib/auth/page-params";
import { PASSWORD_MIN } from "@/lib/auth/validation";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = AuthPageParams.parse(await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl, env().appUrl, "/account/orders");
  return (
    <section
      className={`${card} mx-auto flex w-full max-w-md flex-col gap-5 p-6`}
      aria-labelledby="signup-heading"
    >
      <div className="flex flex-col gap-1">
        <h1 id="signup-heading" className="text-2xl font-bold tracking-tight">
          Create an account
        </h1>
        <p className="text-sm text-ink-muted">See your orders in one place and check out faster.</p>
      </div>
      <SignUpForm
        callbackUrl={callbackUrl}
        passwordHint={`At least ${PASSWORD_MIN} characters. Avoid common passwords and your email address.`}
      />
      <p className="text-sm text-ink-muted">
        Already have an account?{" "}
        <Link href={`/signin?${new URLSearchParams({ callbackUrl })}`} className="text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </section>
  );
}
