import { card } from "@/components/ui/styles";
import type { RejectedCallbacks as Rejected } from "@/lib/admin/orders";
import { formatPreciseTime } from "@/lib/time";

function size(bytes: number | null, verified: boolean): string {
  if (bytes === null) return "size not declared";
  const amount = bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
  // An unverified body is never read: its size is only what its Content-Length claimed.
  return verified ? amount : `${amount} declared`;
}

/**
 * Callbacks the webhook refused in the last day, as the summaries that are all it keeps of them.
 * Many with a wrong key usually mean the Callback API Key in the settings no longer matches.
 */
export function RejectedCallbacks({ rejected }: { rejected: Rejected }) {
  if (rejected.total === 0) return null;
  return (
    <section aria-labelledby="rejected-callbacks-heading" className={`${card} flex flex-col gap-2 p-4`}>
      <h2 id="rejected-callbacks-heading" className="text-sm font-medium text-ink-muted">
        Rejected callbacks, last 24 hours: {rejected.total}
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {rejected.recent.map((callback) => (
          <li key={callback.id}>
            <time dateTime={callback.receivedAt.toISOString()} className="text-xs text-ink-faint">
              {formatPreciseTime(callback.receivedAt)}
            </time>{" "}
            HTTP {callback.httpStatus} {callback.outcome}
            <span className="text-xs text-ink-muted">
              {" "}
              · from {callback.clientAddress ?? "an unknown address"} ·{" "}
              {size(callback.bodyBytes, callback.verified)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-ink-faint">
        Only a summary is kept: a callback without the right X-API-Key is never read. Many of them usually
        mean HARSYA_CALLBACK_API_KEY no longer matches the gateway&apos;s Callback API Key.
      </p>
    </section>
  );
}
