import { card } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { orderMessages } from "@/lib/mail/admin";
import { database } from "@/lib/server/deps";
import { formatDateTime } from "@/lib/time";

/** The emails and webhooks an order caused: what, where each stands, attempts, the last error. */
export async function OrderMessages({ orderId }: { orderId: string }) {
  const rows = await orderMessages(await database(), orderId, env(), new Date());
  return (
    <section aria-labelledby="panel-messages" className={`${card} flex flex-col gap-3 p-5 lg:col-span-2`}>
      <h2 id="panel-messages" className="text-lg font-semibold">
        Messages
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">No message was written for this order.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col">Message</th>
              <th scope="col">State</th>
              <th scope="col" className="text-right">
                Attempts
              </th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="py-1 pr-3 break-all">
                  {row.what}
                  <span className="block text-xs text-ink-muted">{formatDateTime(row.createdAt)}</span>
                </td>
                <td className="py-1 pr-3">
                  {row.state}
                  {row.nextAttemptAt && (
                    <span className="block text-xs text-ink-muted">
                      Next: {formatDateTime(row.nextAttemptAt)}
                    </span>
                  )}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.attempts}</td>
                <td className="py-1 break-all">{row.lastError ?? "None"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
