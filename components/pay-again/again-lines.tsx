import { getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import type { AgainPlan } from "@/lib/pay-again/again";
import { formatRupiah } from "@/lib/money";

/** The ended order's items at today's prices and stock, with what changed since the order. */
export async function AgainLines({ plan }: { plan: AgainPlan }) {
  const t = await getTranslations("payAgain");
  const changes = [
    plan.outOfStock > 0 && t("changes.outOfStock", { count: plan.outOfStock }),
    plan.fewer > 0 && t("changes.fewer", { count: plan.fewer }),
    plan.repriced > 0 && t("changes.repriced", { count: plan.repriced }),
  ].filter((change): change is string => Boolean(change));
  return (
    <div className="flex flex-col gap-3">
      {changes.length > 0 ? (
        <ul className="list-disc pl-5 font-medium">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p>{t("changes.none")}</p>
      )}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-surface-line">
            <th scope="col" className="py-2 pr-3">
              {t("product")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("quantity")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("price")}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.lines.map((line) => (
            <tr key={line.productId} className="border-b border-surface-line align-top">
              <td className="py-2 pr-3">{line.name}</td>
              <td className="py-2 pr-3">
                {line.change === "out_of_stock"
                  ? t("outOfStock")
                  : line.change === "fewer"
                    ? t("onlyLeft", { quantity: line.quantity, ordered: line.ordered })
                    : line.quantity}
              </td>
              <td className="py-2 text-right">
                <Price amount={line.unitPriceNow} />
                {line.unitPriceNow !== line.unitPriceThen && (
                  <span className="block text-xs text-ink-muted">
                    {t("was", { price: formatRupiah(line.unitPriceThen) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="py-2 pr-3 text-left">
              {t("total")}
            </th>
            <td className="py-2 text-right font-semibold">
              <Price amount={plan.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
