import { card } from "@/components/ui/styles";
import type { ShopNumbers as Numbers } from "@/lib/admin/dashboard";
import { PERIOD_LABELS } from "@/lib/admin/period";
import { formatRupiah } from "@/lib/money";

function percent(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toLocaleString("en", { maximumFractionDigits: 1 })}%`;
}

const plural = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;

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
export function ShopNumbers({ numbers }: { numbers: Numbers }) {
  const label = PERIOD_LABELS[numbers.period].toLowerCase();
  return (
    <section aria-labelledby="numbers-heading" className="flex flex-col gap-3">
      <h2 id="numbers-heading" className="text-lg font-semibold">
        Numbers, {label}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Figure
          label="Paid revenue"
          value={formatRupiah(numbers.paid.amount)}
          note={`${plural(numbers.paid.count, "paid order")}, by payment time`}
          testId="paid-revenue"
        />
        <Figure
          label="Conversion"
          value={percent(numbers.conversion)}
          note={`${numbers.sessionsPaid} paid of ${plural(numbers.sessions, "payment session")} created`}
          testId="conversion"
        />
        <Figure
          label="Expired"
          value={String(numbers.expired)}
          note="of the sessions created"
          testId="expired"
        />
        <Figure
          label="Failed"
          value={String(numbers.failed)}
          note="of the sessions created"
          testId="failed"
        />
        <Figure
          label="Refunds"
          value={formatRupiah(numbers.refunds.amount)}
          note={plural(numbers.refunds.count, "refund")}
          testId="refunds"
        />
      </dl>
    </section>
  );
}
