import { getTranslations } from "next-intl/server";
import type { CallbackRecord } from "@/lib/sandbox/callbacks";

const STATUS_TONE: Record<CallbackRecord["status"], string> = {
  PENDING: "bg-warning-50 text-warning-700",
  DELIVERED: "bg-success-50 text-success-700",
  FAILED: "bg-danger-50 text-danger-700",
  DROPPED: "bg-surface-sunken text-ink-muted",
};

function formatDelay(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1_000 === 0) return `${ms / 1_000} s`;
  return `${ms} ms`;
}

/** "5 s, 15 s, 1 min": the retry schedule as the page states it; null when nothing is retried. */
export function formatDelays(delays: readonly number[]): string | null {
  return delays.length === 0 ? null : delays.map(formatDelay).join(", ");
}

type Words = Awaited<ReturnType<typeof getTranslations<"sandbox.callbacks">>>;

/** What a callback's state means, beside its status. */
function stateNote(t: Words, callback: CallbackRecord, maxAttempts: number): string | null {
  if (callback.sending) return t("sending");
  if (callback.status === "PENDING" && callback.nextAttemptAt) {
    return t("due", {
      attempt: callback.attempts.length + 1,
      max: maxAttempts,
      time: callback.nextAttemptAt.toISOString().slice(11, 19),
    });
  }
  if (callback.status === "FAILED") {
    // Fewer attempts than the schedule allows: the answer was one that is not retried (a 4xx).
    return callback.attempts.length < maxAttempts
      ? t("notRetried")
      : t("gaveUp", { attempts: callback.attempts.length });
  }
  return null;
}

/** Every callback the sandbox sent (or dropped), newest first, with its state and each attempt's answer. */
export async function CallbackLog({
  callbacks,
  maxAttempts,
}: {
  callbacks: CallbackRecord[];
  maxAttempts: number;
}) {
  const t = await getTranslations("sandbox.callbacks");
  if (callbacks.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    // Wider than a phone: it scrolls in its own box, which the keyboard can reach and scroll.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-surface-line text-xs uppercase text-ink-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("time")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("event")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("sessionColumn")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("url")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("status")}
            </th>
            <th scope="col" className="py-2">
              {t("attempts")}
            </th>
          </tr>
        </thead>
        <tbody>
          {callbacks.map((callback) => (
            <tr
              key={callback.id}
              className="border-b border-surface-line align-top"
              data-testid="callback-row"
            >
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={callback.createdAt.toISOString()}>{callback.createdAt.toISOString()}</time>
              </td>
              <td className="py-2 pr-4 font-mono">{callback.event}</td>
              <td className="py-2 pr-4 font-mono text-xs">{callback.sessionId}</td>
              <td className="py-2 pr-4 break-all text-xs">{callback.url}</td>
              <td className="py-2 pr-4">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[callback.status]}`}>
                  {callback.status}
                </span>
                {stateNote(t, callback, maxAttempts) && (
                  <p className="mt-1 text-xs text-ink-muted">{stateNote(t, callback, maxAttempts)}</p>
                )}
              </td>
              <td className="py-2">
                {callback.attempts.length === 0 ? (
                  <span className="text-ink-muted">{t("noAttempts")}</span>
                ) : (
                  <ol className="list-decimal pl-4">
                    {callback.attempts.map((attempt, index) => (
                      <li key={index}>
                        {t("attempt", {
                          answer:
                            attempt.httpStatus !== undefined
                              ? `HTTP ${attempt.httpStatus}`
                              : (attempt.error ?? ""),
                          time: attempt.at.slice(11, 19),
                          ms: attempt.durationMs,
                        })}
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
