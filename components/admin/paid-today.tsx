import { card } from "@/components/ui/styles";
import type { PaidTotal } from "@/lib/admin/orders";
import { describeMethod } from "@/lib/checkout/payment-choice";
import { formatRupiah } from "@/lib/money";

const orders = (count: number) => `${count} ${count === 1 ? "order" : "orders"}`;

export function PaidToday({
  count,
  amount,
  byMethod,
}: PaidTotal & { byMethod: readonly (PaidTotal & { method: string | null })[] }) {
  return (
    <section aria-labelledby="paid-today-heading" className={`${card} flex flex-col gap-1 p-4`}>
      <h2 id="paid-today-heading" className="text-sm font-medium text-ink-muted">
        Paid today
      </h2>
      <p className="text-xl font-semibold tabular-nums" data-testid="paid-today">
        {orders(count)} · {formatRupiah(amount)}
      </p>
      {byMethod.length > 0 && (
        <ul aria-label="Paid today by method" className="flex flex-wrap gap-x-4 text-sm tabular-nums">
          {byMethod.map((row) => (
            <li key={row.method ?? "unknown"}>
              {row.method ? describeMethod(row.method, null) : "Unrecorded"}: {orders(row.count)} ·{" "}
              {formatRupiah(row.amount)}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-ink-faint">“Today” is the current day in Asia/Jakarta time (WIB).</p>
    </section>
  );
}
