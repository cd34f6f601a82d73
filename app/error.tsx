"use client";

import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

// Shown instead of a stack trace when a page fails to render; the digest lets us find the server log.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-ink-muted">
        We could not load this page. Nothing in your cart or your orders was lost; please try again.
      </p>
      {error.digest && <p className="font-mono text-xs text-ink-faint">Reference: {error.digest}</p>}
      <div className="flex gap-3">
        <button type="button" className={buttonPrimary} onClick={reset}>
          Try again
        </button>
        <Link href="/" className={buttonSecondary}>
          Back to the shop
        </Link>
      </div>
    </section>
  );
}
