import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary } from "@/components/ui/styles";
import type { PageFormAction } from "@/lib/sandbox/hosted-page";
import type { Messages } from "@/lib/i18n/catalogue";
import { TEST_CARDS } from "@/lib/sandbox/test-cards";
import { CardForm } from "./card-form";

type CaseKey = keyof Messages["sandbox"]["card"]["cases"];

/** The card form, or, once a card waits for its issuer, the way on to the mock 3-D Secure page. */
export async function CardDetails({
  token,
  threeDsHref,
  cardAction,
}: {
  token: string;
  /** Set when the card entered waits on the 3-D Secure page. */
  threeDsHref?: string;
  cardAction: PageFormAction;
}) {
  const t = await getTranslations("sandbox.card");
  // i18n-dynamic: sandbox.card.cases
  const caseName = (row: (typeof TEST_CARDS)[number]) => {
    const key = `cases.visa${row.numbers.VISA}` as `cases.${CaseKey}`;
    return t.has(key) ? t(key) : row.label;
  };
  if (threeDsHref) {
    return (
      <section aria-labelledby="card-heading" className="flex flex-col gap-3">
        <h2 id="card-heading" className="text-base font-semibold">
          {t("confirmHeading")}
        </h2>
        <Link href={threeDsHref} className={`${buttonPrimary} self-start`} prefetch={false}>
          {t("continue")}
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="card-heading" className="flex flex-col gap-4">
      <h2 id="card-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <CardForm token={token} action={cardAction} />
      <details className="rounded-lg border border-surface-line px-4 py-2 text-sm">
        <summary className="cursor-pointer py-1 font-medium">{t("testCards")}</summary>
        <p className="pt-2 text-ink-muted">{t("anyExpiry")}</p>
        <ul className="space-y-1 py-2 text-ink-muted">
          {TEST_CARDS.map((row) => (
            <li key={row.numbers.VISA}>
              {caseName(row)}: <span className="font-mono">{row.numbers.VISA}</span>
            </li>
          ))}
          <li>{t("anyOther")}</li>
        </ul>
      </details>
    </section>
  );
}
