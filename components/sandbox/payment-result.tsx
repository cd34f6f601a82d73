import { getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { SandboxSession } from "@/lib/sandbox/session-object";
import { AutoRedirect } from "./auto-redirect";
import { SessionOutcome } from "./session-outcome";

export const RETURN_DELAY_SECONDS = 3;

/** The gateway's status page: the outcome, a way back, and an automatic return after a moment. */
export async function PaymentResult({ session, returnUrl }: { session: SandboxSession; returnUrl: string }) {
  const t = await getTranslations("sandbox");
  return (
    <article className={`${card} mx-auto flex max-w-xl flex-col gap-4 p-6`} aria-labelledby="result-heading">
      <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">{t("page.label")}</p>
      <h1 id="result-heading" className="text-2xl font-bold tracking-tight">
        {session.statementDescriptor}
      </h1>
      <p className="text-sm text-ink-muted">
        <Price amount={session.amount.value} className="font-semibold text-ink" /> ·{" "}
        {t("outcome.reference", { reference: session.clientReferenceId })}
      </p>
      <SessionOutcome session={session} />
      <a href={returnUrl} className={`${buttonPrimary} self-start`}>
        {t("page.returnToMerchant")}
      </a>
      <AutoRedirect to={returnUrl} seconds={RETURN_DELAY_SECONDS} />
    </article>
  );
}
