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

/** "5 s, 15 s, 1 min": the retry schedule as the page states it. */
export function formatDelays(delays: readonly number[]): string {
  return delays.length === 0 ? "never (no retries)" : delays.map(formatDelay).join(", ");
}

/** What a callback's state means, beside its status. */
function stateNote(callback: CallbackRecord, maxAttempts: number): string | null {
  if (callback.sending) return "sending now";
  if (callback.status === "PENDING" && callback.nextAttemptAt) {
    return `attempt ${callback.attempts.length + 1} of ${maxAttempts} due ${callback.nextAttemptAt.toISOString().slice(11, 19)}`;
  }
  if (callback.status === "FAILED") {
    // Fewer attempts than the schedule allows: the answer was one that is not retried (a 4xx).
    return callback.attempts.length < maxAttempts
      ? "answer not retried"
      : `gave up after ${callback.attempts.length} attempts`;
  }
  return null;
}

/** Every callback the sandbox sent (or dropped), newest first, with its state and each attempt's answer. */
export function CallbackLog({
  callbacks,
  maxAttempts,
}: {
  callbacks: CallbackRecord[];
  maxAttempts: number;
}) {
  if (callbacks.length === 0) return <p className="text-ink-muted">No callbacks yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">Payment callbacks, newest first</caption>
        <thead className="border-b border-surface-line text-xs uppercase text-ink-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Time
            </th>
            <th scope="col" className="py-2 pr-4">
              Event
            </th>
            <th scope="col" className="py-2 pr-4">
              Session
            </th>
            <th scope="col" className="py-2 pr-4">
              URL
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2">
              Attempts
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
                {stateNote(callback, maxAttempts) && (
                  <p className="mt-1 text-xs text-ink-muted">{stateNote(callback, maxAttempts)}</p>
                )}
              </td>
              <td className="py-2">
                {callback.attempts.length === 0 ? (
                  <span className="text-ink-muted">none</span>
                ) : (
                  <ol className="list-decimal pl-4">
                    {callback.attempts.map((attempt, index) => (
                      <li key={index}>
                        {attempt.httpStatus !== undefined ? `HTTP ${attempt.httpStatus}` : attempt.error} at{" "}
                        {attempt.at.slice(11, 19)} ({attempt.durationMs} ms)
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
