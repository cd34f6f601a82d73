import type { TimelineEntry } from "@/lib/admin/timeline";
import { formatPreciseTime } from "@/lib/time";

/** What happened to the order, oldest first: recorded events and every verified callback received. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-ink-muted">Nothing recorded yet.</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-surface-line pl-4" aria-label="Timeline">
      {entries.map((entry) => (
        <li key={entry.key} className="flex flex-col gap-0.5 text-sm">
          <time dateTime={entry.at.toISOString()} className="text-xs text-ink-faint">
            {formatPreciseTime(entry.at)}
          </time>
          {entry.kind === "event" ? (
            <>
              <p>
                <span className="font-mono text-xs text-ink-muted">{entry.type}</span> {entry.message}
              </p>
              <p className="text-xs text-ink-muted">by {entry.actor}</p>
              {entry.data !== null && entry.data !== undefined && (
                <details className="text-xs">
                  <summary className="cursor-pointer text-ink-muted">Details</summary>
                  <pre className="mt-1 overflow-x-auto rounded bg-surface-sunken p-2">
                    {JSON.stringify(entry.data, null, 2)}
                  </pre>
                </details>
              )}
            </>
          ) : (
            <>
              <p>
                Callback <span className="font-mono">{entry.event ?? "(no event name)"}</span>{" "}
                <span className="text-success-700">key valid</span>
              </p>
              <p className="text-xs text-ink-muted">
                Outcome: {entry.outcome} (answered HTTP {entry.httpStatus})
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
