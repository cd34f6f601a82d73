import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";

export interface SummaryLine {
  name: string;
  quantity: number;
  lineTotal: number;
}

/** Server-priced lines and total; the browser never sends prices. */
export function OrderSummary({
  lines,
  total,
  title = "Order summary",
}: {
  lines: SummaryLine[];
  total: number;
  title?: string;
}) {
  return (
    <section aria-label={title} className={`${card} flex h-fit flex-col gap-3 p-5`}>
      <h2 className="font-semibold">{title}</h2>
      <ul className="flex flex-col gap-2 text-sm">
        {lines.map((line) => (
          <li key={line.name} className="flex justify-between gap-3">
            <span>
              {line.name} <span className="text-ink-muted">× {line.quantity}</span>
            </span>
            <Price amount={line.lineTotal} />
          </li>
        ))}
      </ul>
      <div className="flex justify-between border-t border-surface-line pt-3 font-semibold">
        <span>Total</span>
        <Price amount={total} data-testid="order-total" />
      </div>
    </section>
  );
}
