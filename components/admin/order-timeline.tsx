import { getLocale, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/admin/timeline";
import { formatPreciseTime } from "@/lib/time";

/** What happened to the order, oldest first: recorded events and every verified callback received. */
export async function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.timeline"), getLocale()]);
  if (entries.length === 0) return <p className="text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-surface-line pl-4" aria-label={t("label")}>
      {entries.map((entry) => (
        <li key={entry.key} className="flex flex-col gap-0.5 text-sm">
          <time dateTime={entry.at.toISOString()} className="text-xs text-ink-faint">
            {formatPreciseTime(entry.at, locale)}
          </time>
          {entry.kind === "event" ? (
            <>
              <p>
                <span className="font-mono text-xs text-ink-muted">{entry.type}</span> {entry.message}
              </p>
              <p className="text-xs text-ink-muted">{t("by", { actor: entry.actor })}</p>
              {entry.data !== null && entry.data !== undefined && (
                <details className="text-xs">
                  <summary className="cursor-pointer text-ink-muted">{t("details")}</summary>
                  <pre className="mt-1 overflow-x-auto rounded bg-surface-sunken p-2" tabIndex={0}>
                    {JSON.stringify(entry.data, null, 2)}
                  </pre>
                </details>
              )}
            </>
          ) : (
            <>
              <p>
                {t.rich("callback", {
                  event: entry.event ?? t("noEvent"),
                  code: (words) => <span className="font-mono">{words}</span>,
                  valid: (words) => <span className="text-success-700">{words}</span>,
                })}
              </p>
              <p className="text-xs text-ink-muted">
                {t("outcome", { outcome: entry.outcome, status: entry.httpStatus })}
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
