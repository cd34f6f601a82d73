"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import en from "@/lib/i18n/messages/en/errorsPage.json";
import id from "@/lib/i18n/messages/id/errorsPage.json";

// i18n-dynamic: errorsPage.error
// An error boundary sits outside any page's message provider, so it carries its own few words in
// both languages and follows <html lang> (which the root layout sets by the language rule).
const WORDS = { en, id };
const noChange = () => () => {};
const pageLanguage = () => (document.documentElement.lang === "en" ? "en" : "id");

// Shown instead of a stack trace when a page fails to render; the digest lets us find the server log.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const words = WORDS[useSyncExternalStore(noChange, pageLanguage, () => "id" as const)];
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{words.error.heading}</h1>
      <p className="text-ink-muted">{words.error.body}</p>
      {error.digest && (
        <p className="font-mono text-xs text-ink-faint">
          {words.error.reference.replace("{digest}", error.digest)}
        </p>
      )}
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" className={buttonPrimary} onClick={reset}>
          {words.error.tryAgain}
        </button>
        <Link href="/" className={buttonSecondary}>
          {words.backToShop}
        </Link>
      </div>
    </section>
  );
}
