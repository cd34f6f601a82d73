import { card } from "@/components/ui/styles";
import type { MethodFunnel as Funnel } from "@/lib/admin/dashboard";
import { bankName } from "@/lib/banks";

const cell = "px-4 py-2 text-right tabular-nums";

/** Payment sessions created in the period by method (the VA bank), and where they ended. */
export function MethodFunnel({ funnel }: { funnel: Funnel[] }) {
  return (
    <section aria-labelledby="funnel-heading" className={`${card} overflow-x-auto`}>
      <h2 id="funnel-heading" className="px-4 pt-4 text-sm font-medium text-ink-muted">
        Funnel by method
      </h2>
      {funnel.length === 0 ? (
        <p className="p-4 text-sm text-ink-muted">No payment sessions were created in this period.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-surface-line text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                Method
              </th>
              <th scope="col" className={cell}>
                Created
              </th>
              <th scope="col" className={cell}>
                Paid
              </th>
              <th scope="col" className={cell}>
                Expired
              </th>
              <th scope="col" className={cell}>
                Failed
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((row) => (
              <tr key={row.method ?? ""} className="border-b border-surface-line last:border-0">
                <th scope="row" className="px-4 py-2 font-medium">
                  {row.method ? bankName(row.method) : "No bank chosen"}
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
