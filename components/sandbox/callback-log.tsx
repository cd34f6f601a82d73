import type { CallbackRecord } from "@/lib/sandbox/callbacks";

const STATUS_TONE: Record<CallbackRecord["status"], string> = {
  PENDING: "bg-warning-50 text-warning-700",
  DELIVERED: "bg-success-50 text-success-700",
  FAILED: "bg-danger-50 text-danger-700",
  DROPPED: "bg-surface-sunken text-ink-muted",
};

/** Every callback the sandbox sent (or dropped), newest first, with each attempt's answer. */
export function CallbackLog({ callbacks }: { callbacks: CallbackRecord[] }) {
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
                {callback.nextAttemptAt && (
                  <p className="text-xs text-ink-muted">
                    next attempt {callback.nextAttemptAt.toISOString().slice(11, 19)}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
