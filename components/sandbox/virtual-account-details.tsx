import { getTranslations } from "next-intl/server";
import { bankName } from "@/lib/banks";
import type { SandboxCharge } from "@/lib/sandbox/session-object";
import { CopyButton } from "@/components/ui/copy-button";
import { ExpiryCountdown } from "./expiry-countdown";

type VirtualAccount = NonNullable<SandboxCharge["virtualAccount"]>;

/** The number to transfer to, what the bank will show, and how long it stays valid. */
export async function VirtualAccountDetails({
  virtualAccount,
  now,
}: {
  virtualAccount: VirtualAccount;
  now: Date;
}) {
  const { channel, virtualAccountNumber, virtualAccountName, expiryAt } = virtualAccount;
  const t = await getTranslations("sandbox.va");
  return (
    <section aria-labelledby="va-heading" className="flex flex-col gap-3">
      <h2 id="va-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="text-ink-muted">{t("bank")}</dt>
        <dd className="font-medium">
          {bankName(channel)} ({channel})
        </dd>
        <dt className="text-ink-muted">{t("number")}</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <span className="select-all font-mono text-xl font-bold tracking-wider" data-testid="va-number">
            {virtualAccountNumber}
          </span>
          <CopyButton value={virtualAccountNumber} label={t("copy")} />
        </dd>
        <dt className="text-ink-muted">{t("name")}</dt>
        <dd>{virtualAccountName}</dd>
      </dl>
      <ExpiryCountdown
        label={t("timeLeft")}
        expiryAt={expiryAt}
        initialMs={Date.parse(expiryAt) - now.getTime()}
      />
    </section>
  );
}
