import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary, card } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/form-actions";

export const metadata: Metadata = { title: "Sign out" };

// Signing out is a POST (a form), so a link on another site cannot sign anyone out.
export default async function SignOutPage() {
  const user = await currentUser();
  return (
    <section
      className={`${card} mx-auto flex w-full max-w-md flex-col gap-5 p-6`}
      aria-labelledby="signout-heading"
    >
      <h1 id="signout-heading" className="text-2xl font-bold tracking-tight">
        Sign out
      </h1>
      {user ? (
        <form action={signOutAction} className="flex flex-col gap-4">
          <p>
            You are signed in as <strong>{user.email}</strong>.
          </p>
          <button type="submit" className={buttonPrimary}>
            Sign out
          </button>
        </form>
      ) : (
        <p>
          You are signed out.{" "}
          <Link href="/" className="text-brand-700 underline">
            Back to the shop
          </Link>
        </p>
      )}
    </section>
  );
}
