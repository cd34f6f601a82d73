import { getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { PaidTotal } from "@/lib/admin/orders";
import { formatRupiah } from "@/lib/money";
import { methodWords } from "./method-words";

export async function PaidToday({
  count,
  amount,
  byMethod,
}: PaidTotal & { byMethod: readonly (PaidTotal & { method: string | null })[] }) {
  const [t, tMethod] = await Promise.all([
    getTranslations("admin.paidToday"),
    getTranslations("admin.method"),
  ]);
  const orders = (n: number) => t("orders", { count: n });
  return (
    <section aria-labelledby="paid-today-heading" className={`${card} flex flex-col gap-1 p-4`}>
      <h2 id="paid-today-heading" className="text-sm font-medium text-ink-muted">
        {t("heading")}
      </h2>
      <p className="text-xl font-semibold tabular-nums" data-testid="paid-today">
        {orders(count)} · {formatRupiah(amount)}
      </p>
      {byMethod.length > 0 && (
        <ul aria-label={t("byMethod")} className="flex flex-wrap gap-x-4 text-sm tabular-nums">
          {byMethod.map((row) => (
            <li key={row.method ?? "unknown"}>
              {row.method ? methodWords(tMethod, row.method, null) : t("unrecorded")}: {orders(row.count)} ·{" "}
              {formatRupiah(row.amount)}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-ink-faint">{t("note")}</p>
    </section>
  );
}
