import { card } from "@/components/ui/styles";
import { formatRupiah } from "@/lib/money";

export function PaidToday({ count, amount }: { count: number; amount: number }) {
  return (
    <section aria-labelledby="paid-today-heading" className={`${card} flex flex-col gap-1 p-4`}>
      <h2 id="paid-today-heading" className="text-sm font-medium text-ink-muted">
        Paid today
      </h2>
      <p className="text-xl font-semibold tabular-nums" data-testid="paid-today">
        {count} {count === 1 ? "order" : "orders"} · {formatRupiah(amount)}
      </p>
      <p className="text-xs text-ink-faint">“Today” is the current day in Asia/Jakarta time (WIB).</p>
    </section>
  );
}
