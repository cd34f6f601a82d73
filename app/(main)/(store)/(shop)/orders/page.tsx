import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FormField } from "@/components/ui/form-field";
import { buttonPrimary, card } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders.lookup");
  return { title: t("title"), robots: { index: false } };
}

const ERRORS = { not_found: "notFound", rate_limited: "rateLimited", invalid: "invalid" } as const;

type Props = { searchParams: Promise<{ error?: string | string[]; reference?: string | string[] }> };

/** A guest finds an order again by its reference and email: a plain form, no JavaScript needed. */
export default async function OrderLookupPage({ searchParams }: Props) {
  const t = await getTranslations("orders.lookup");
  const { error, reference } = await searchParams;
  const errorKey =
    typeof error === "string" && Object.hasOwn(ERRORS, error) ? ERRORS[error as keyof typeof ERRORS] : null;
  const message = errorKey ? t(errorKey) : undefined;
  return (
    <section aria-labelledby="lookup-heading" className="mx-auto flex w-full max-w-md min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="lookup-heading" className="text-2xl font-bold tracking-tight">
          {t("title")}
        </h1>
        <p className="text-sm text-ink-muted">{t("intro")}</p>
      </div>
      <form
        method="post"
        action="/api/orders/lookup"
        className={`${card} flex flex-col gap-4 p-5`}
        noValidate
      >
        {message && (
          <p
            id="lookup-error"
            className="rounded-lg bg-danger-50 px-3 py-2 text-sm text-danger-700"
            aria-live="polite"
          >
            {message}
          </p>
        )}
        <FormField
          id="reference"
          name="reference"
          label={t("reference")}
          hint={t("referenceHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={40}
          defaultValue={typeof reference === "string" ? reference.slice(0, 40) : undefined}
          aria-invalid={message ? true : undefined}
        />
        <FormField
          id="email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          required
          maxLength={254}
          aria-invalid={message ? true : undefined}
        />
        <button type="submit" className={buttonPrimary}>
          {t("submit")}
        </button>
      </form>
      <p className="text-sm">
        <Link href="/account/orders" className="text-brand-700 underline">
          {t("signedIn")}
        </Link>
      </p>
    </section>
  );
}
