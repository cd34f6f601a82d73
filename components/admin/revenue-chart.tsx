import { getLocale, getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { DailyRevenue } from "@/lib/admin/dashboard";
import { formatRupiah } from "@/lib/money";
import { SHOP_TIME_ZONE } from "@/lib/time";

const dayLabels = {
  en: new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, day: "numeric", month: "short" }),
  id: new Intl.DateTimeFormat("id-ID", { timeZone: SHOP_TIME_ZONE, day: "numeric", month: "short" }),
};

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 8 };

/**
 * Paid revenue per Jakarta day, drawn on the server as plain SVG (no chart library reaches the
 * browser), with the same figures as a table beside it for screen readers and for reading exact
 * amounts.
 */
export async function RevenueChart({ daily }: { daily: DailyRevenue[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.chart"), getLocale()]);
  const dayLabel = dayLabels[locale];
  const highest = Math.max(0, ...daily.map((d) => d.amount));
  const max = Math.max(highest, 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / daily.length;
  const labelEvery = daily.length > 10 ? 5 : 1;
  const total = daily.reduce((sum, d) => sum + d.amount, 0);
  const summary = t("summary", {
    from: dayLabel.format(daily[0]!.day),
    to: dayLabel.format(daily[daily.length - 1]!.day),
    total: formatRupiah(total),
    highest: formatRupiah(highest),
  });
  return (
    <section aria-labelledby="chart-heading" className={`${card} flex flex-col gap-3 p-4`}>
      <h2 id="chart-heading" className="text-sm font-medium text-ink-muted">
        {t("heading")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={summary}
          data-testid="revenue-chart"
          className="h-auto w-full"
        >
          <title>{summary}</title>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={PAD.top + plotHeight}
            y2={PAD.top + plotHeight}
            className="stroke-surface-line"
          />
          {daily.map((d, i) => {
            const height = (d.amount / max) * plotHeight;
            const x = PAD.left + i * slot;
            return (
              <g key={d.day.toISOString()}>
                <rect
                  x={x + slot * 0.15}
                  y={PAD.top + plotHeight - height}
                  width={slot * 0.7}
                  height={height}
                  rx={2}
                  className="fill-brand-600"
                >
                  <title>{`${dayLabel.format(d.day)}: ${formatRupiah(d.amount)}`}</title>
                </rect>
                {(i % labelEvery === 0 || i === daily.length - 1) && (
                  <text
                    x={x + slot / 2}
                    y={HEIGHT - 8}
                    textAnchor="middle"
                    fontSize={12}
                    className="fill-ink-muted"
                  >
                    {dayLabel.format(d.day)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <div className="max-h-72 overflow-y-auto" tabIndex={0} role="region" aria-label={t("caption")}>
          <table className="w-full text-left text-sm" data-testid="revenue-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="text-xs uppercase tracking-wide text-ink-muted">
              <tr>
                <th scope="col" className="py-1 pr-2">
                  {t("day")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("paidOrders")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("revenue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {daily.map((d) => (
                <tr key={d.day.toISOString()} className="border-t border-surface-line">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {dayLabel.format(d.day)}
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{d.count}</td>
                  <td className="py-1 text-right tabular-nums">{formatRupiah(d.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
