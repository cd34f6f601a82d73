import { getLocale, getTranslations } from "next-intl/server";
import { card } from "@/components/ui/styles";
import type { RejectedCallbacks as Rejected } from "@/lib/admin/orders";
import { formatPreciseTime } from "@/lib/time";

type Words = Awaited<ReturnType<typeof getTranslations<"admin.rejected">>>;

function size(t: Words, bytes: number | null, verified: boolean): string {
  if (bytes === null) return t("sizeUnknown");
  const amount = bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
  // An unverified body is never read: its size is only what its Content-Length claimed.
  return verified ? amount : t("declared", { size: amount });
}

/**
 * Callbacks the webhook refused in the last day, as the summaries that are all it keeps of them.
 * Many with a wrong key usually mean the Callback API Key in the settings no longer matches.
 */
export async function RejectedCallbacks({ rejected }: { rejected: Rejected }) {
  if (rejected.total === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("admin.rejected"), getLocale()]);
  return (
    <section aria-labelledby="rejected-callbacks-heading" className={`${card} flex flex-col gap-2 p-4`}>
      <h2 id="rejected-callbacks-heading" className="text-sm font-medium text-ink-muted">
        {t("heading", { total: rejected.total })}
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {rejected.recent.map((callback) => (
          <li key={callback.id}>
            <time dateTime={callback.receivedAt.toISOString()} className="text-xs text-ink-faint">
              {formatPreciseTime(callback.receivedAt, locale)}
            </time>{" "}
            HTTP {callback.httpStatus} {callback.outcome}
            <span className="text-xs text-ink-muted">
              {" "}
              · {t("from", { address: callback.clientAddress ?? t("unknownAddress") })} ·{" "}
              {size(t, callback.bodyBytes, callback.verified)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-ink-faint">{t("note")}</p>
    </section>
  );
}
