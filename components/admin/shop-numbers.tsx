import { getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { ShopNumbers as Numbers } from "@/lib/admin/dashboard";
import { formatRupiah } from "@/lib/money";

function percent(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toLocaleString("en", { maximumFractionDigits: 1 })}%`;
}

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId: string;
}) {
  return (
    <div className={`${card} flex flex-col gap-1 p-4`}>
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {note && <dd className="text-xs text-ink-faint">{note}</dd>}
    </div>
  );
}

/** The headline figures of the chosen period. */
export async function ShopNumbers({ numbers }: { numbers: Numbers }) {
  const t = await getTranslations("admin");
  return (
    <section aria-labelledby="numbers-heading" className="flex flex-col gap-3">
      <h2 id="numbers-heading" className="text-lg font-semibold">
        {t("numbers.heading", { period: t(`period.inHeading.${numbers.period}`) })}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Figure
          label={t("numbers.paidRevenue")}
          value={formatRupiah(numbers.paid.amount)}
          note={t("numbers.paidNote", { count: numbers.paid.count })}
          testId="paid-revenue"
        />
        <Figure
          label={t("numbers.conversion")}
          value={percent(numbers.conversion)}
          note={t("numbers.conversionNote", { paid: numbers.sessionsPaid, sessions: numbers.sessions })}
          testId="conversion"
        />
        <Figure
          label={t("numbers.expired")}
          value={String(numbers.expired)}
          note={t("numbers.ofSessions")}
          testId="expired"
        />
        <Figure
          label={t("numbers.failed")}
          value={String(numbers.failed)}
          note={t("numbers.ofSessions")}
          testId="failed"
        />
        <Figure
          label={t("numbers.refunds")}
          value={formatRupiah(numbers.refunds.amount)}
          note={t("numbers.refundsNote", { count: numbers.refunds.count })}
          testId="refunds"
        />
      </dl>
    </section>
  );
}
