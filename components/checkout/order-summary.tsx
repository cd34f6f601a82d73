import { getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { card } from "@/components/ui/styles";

export interface SummaryLine {
  name: string;
  quantity: number;
  lineTotal: number;
}

/** Server-priced lines and total; the browser never sends prices. */
export async function OrderSummary({
  lines,
  total,
  title,
}: {
  lines: SummaryLine[];
  total: number;
  /** Already translated; "Order summary" in the page's language by default. */
  title?: string;
}) {
  const t = await getTranslations("checkout.summary");
  const heading = title ?? t("title");
  return (
    <section aria-label={heading} className={`${card} flex h-fit min-w-0 flex-col gap-3 p-5`}>
      <h2 className="font-semibold">{heading}</h2>
      <ul className="flex flex-col gap-2 text-sm">
        {lines.map((line) => (
          <li key={line.name} className="flex justify-between gap-3">
            <span className="min-w-0 [overflow-wrap:anywhere]">
              {line.name} <span className="text-ink-muted">× {line.quantity}</span>
            </span>
            <Price amount={line.lineTotal} className="shrink-0" />
          </li>
        ))}
      </ul>
      <div className="flex justify-between border-t border-surface-line pt-3 font-semibold">
        <span>{t("total")}</span>
        <Price amount={total} data-testid="order-total" />
      </div>
    </section>
  );
}
