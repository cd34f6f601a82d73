import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { WebhookDelivery } from "@/lib/merchant-webhooks/admin";
import { formatPreciseTime } from "@/lib/time";
import { WebhookActionButton } from "./webhook-action-button";

const STATUS_STYLE: Record<WebhookDelivery["message"]["status"], string> = {
  PENDING: "bg-warning-50 text-warning-700",
  DELIVERED: "bg-success-50 text-success-700",
  FAILED: "bg-danger-50 text-danger-700",
  GAVE_UP: "bg-surface-sunken text-ink-muted",
};

type Words = Awaited<ReturnType<typeof getTranslations<"admin.webhooks">>>;

function answer(t: Words, status: number | null, response: string | null): string {
  if (status === null) return response ? t("noAnswer", { response }) : t("notTried");
  return `HTTP ${status}${response ? ` · ${response.slice(0, 80)}` : ""}`;
}

/** The newest merchant webhooks: what was sent, each attempt's answer, and what can be done. */
export async function WebhookDeliveries({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.webhooks"), getLocale()]);
  if (deliveries.length === 0) {
    return <p className={`${card} p-8 text-center text-ink-muted`}>{t("none")}</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {deliveries.map(({ message, attempts }) => (
        <li
          key={message.id}
          className={`${card} flex flex-col gap-2 p-4 text-sm`}
          data-testid="webhook-delivery"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[message.status]}`}>
                {message.status}
              </span>
              <span className="font-medium">{message.event}</span>
              <Link
                href={`/admin/orders/${encodeURIComponent(message.subject)}`}
                className="text-brand-700 underline"
              >
                {t("order")}
              </Link>
              <code className="text-xs text-ink-faint">{message.id}</code>
            </div>
            <WebhookActionButton
              id={message.id}
              action={message.status === "PENDING" ? "give-up" : "resend"}
            />
          </div>
          <p className="text-xs text-ink-muted">
            {t.rich("queued", {
              attempts: message.attempts,
              time: () => (
                <time dateTime={message.createdAt.toISOString()}>
                  {formatPreciseTime(message.createdAt, locale)}
                </time>
              ),
            })}
            {message.status === "PENDING" && (
              <>
                {" · "}
                {t.rich("next", {
                  time: () => (
                    <time dateTime={message.nextAttemptAt.toISOString()}>
                      {formatPreciseTime(message.nextAttemptAt, locale)}
                    </time>
                  ),
                })}
              </>
            )}
          </p>
          {attempts.length > 0 && (
            <ol className="flex flex-col gap-1 border-t border-surface-line pt-2 text-xs">
              {attempts.slice(0, 10).map((attempt) => (
                <li key={attempt.id}>
                  <time dateTime={attempt.at.toISOString()} className="text-ink-faint">
                    {formatPreciseTime(attempt.at, locale)}
                  </time>{" "}
                  {attempt.outcome} · {answer(t, attempt.responseStatus, attempt.response)} ·{" "}
                  {attempt.durationMs} ms
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
