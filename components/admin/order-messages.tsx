import { getLocale, getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { orderMessages, type OrderMessageRow } from "@/lib/mail/admin";
import { database } from "@/lib/server/deps";
import { formatDateTime } from "@/lib/time";

type Words = Awaited<ReturnType<typeof getTranslations<"admin.messages">>>;

/** "Email: payment received → budi@example.com" or "Merchant webhook: order.paid". */
function describe(row: OrderMessageRow, t: Words): string {
  if (row.kind === "webhook") return t("webhook", { event: row.event });
  // i18n-dynamic: admin.messages.templates
  return row.template && row.recipient
    ? t("email", { template: t(`templates.${row.template}`), to: row.recipient })
    : t("emailEvent", { event: row.event });
}

/** The emails and webhooks an order caused: what, where each stands, attempts, the last error. */
export async function OrderMessages({ orderId }: { orderId: string }) {
  const [rows, t, locale] = await Promise.all([
    database().then((db) => orderMessages(db, orderId, env(), new Date())),
    getTranslations("admin.messages"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="panel-messages" className={`${card} flex flex-col gap-3 p-5 lg:col-span-2`}>
      <h2 id="panel-messages" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-ink-muted">
            <tr>
              <th scope="col">{t("message")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col" className="text-right">
                {t("attempts")}
              </th>
              <th scope="col">{t("lastError")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="py-1 pr-3 break-all">
                  {describe(row, t)}
                  <span className="block text-xs text-ink-muted">
                    {formatDateTime(row.createdAt, locale)}
                  </span>
                </td>
                <td className="py-1 pr-3">
                  {/* i18n-dynamic: admin.messages.states */}
                  {t(`states.${row.state}`)}
                  {row.nextAttemptAt && (
                    <span className="block text-xs text-ink-muted">
                      {t("next", { time: formatDateTime(row.nextAttemptAt, locale) })}
                    </span>
                  )}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.attempts}</td>
                <td className="py-1 break-all">{row.lastError ?? t("noError")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
