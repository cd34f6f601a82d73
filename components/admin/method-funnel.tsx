import { getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { MethodFunnel as Funnel } from "@/lib/admin/dashboard";
import { bankName } from "@/lib/banks";

const cell = "px-4 py-2 text-right tabular-nums";

/** Payment sessions created in the period by method (the VA bank), and where they ended. */
export async function MethodFunnel({ funnel }: { funnel: Funnel[] }) {
  const t = await getTranslations("admin.funnel");
  return (
    // Focusable: on a phone the table scrolls sideways inside it, by keyboard too.
    <section aria-labelledby="funnel-heading" className={`${card} overflow-x-auto`} tabIndex={0}>
      <h2 id="funnel-heading" className="px-4 pt-4 text-sm font-medium text-ink-muted">
        {t("heading")}
      </h2>
      {funnel.length === 0 ? (
        <p className="p-4 text-sm text-ink-muted">{t("none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-surface-line text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("method")}
              </th>
              <th scope="col" className={cell}>
                {t("created")}
              </th>
              <th scope="col" className={cell}>
                {t("paid")}
              </th>
              <th scope="col" className={cell}>
                {t("expired")}
              </th>
              <th scope="col" className={cell}>
                {t("failed")}
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((row) => (
              <tr key={row.method ?? ""} className="border-b border-surface-line last:border-0">
                <th scope="row" className="px-4 py-2 font-medium">
                  {row.method ? bankName(row.method) : t("noBank")}
                </th>
                <td className={cell}>{row.created}</td>
                <td className={cell}>{row.paid}</td>
                <td className={cell}>{row.expired}</td>
                <td className={cell}>{row.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
