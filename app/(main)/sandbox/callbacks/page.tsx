import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CallbackLog, formatDelays } from "@/components/sandbox/callback-log";
import { buttonSecondary } from "@/components/ui/styles";
import { PaymentSessionIdSchema } from "@/lib/harsya/wire";
import { listCallbacks } from "@/lib/sandbox/callbacks";
import { pickUpDueCallbacks, requireSandboxMode } from "@/lib/sandbox/next";
import { sendTest } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sandbox.meta");
  return { title: t("callbacksTitle") };
}

type Props = { searchParams: Promise<{ session?: string | string[] }> };

export default async function SandboxCallbacksPage({ searchParams }: Props) {
  await connection();
  const deps = requireSandboxMode();
  pickUpDueCallbacks(deps);
  const { session } = await searchParams;
  // No filter, or one session's callbacks; a session id that cannot exist is a page that does not.
  const filter = PaymentSessionIdSchema.optional().safeParse(
    typeof session === "string" && session ? session : undefined,
  );
  if (!filter.success) notFound();
  const sessionId = filter.data;
  const [callbacks, t] = await Promise.all([
    deps.db().then((db) => listCallbacks(db, { sessionId })),
    getTranslations("sandbox.callbacks"),
  ]);
  const here = sessionId
    ? `/sandbox/callbacks?session=${encodeURIComponent(sessionId)}`
    : "/sandbox/callbacks";
  return (
    <section aria-labelledby="callbacks-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="callbacks-heading" className="text-2xl font-bold tracking-tight">
            {t("heading")}
          </h1>
          <p className="text-sm text-ink-muted">
            {sessionId ? `${t("session", { session: sessionId })} ` : ""}
            {t("sentTo", {
              url: deps.callbackUrl,
              delays: formatDelays(deps.callbackRetryDelaysMs) ?? t("noRetries"),
            })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <form action={sendTest}>
            <button type="submit" className={buttonSecondary}>
              {t("sendTest")}
            </button>
          </form>
          {sessionId && (
            <Link href="/sandbox/callbacks" className={buttonSecondary}>
              {t("allSessions")}
            </Link>
          )}
          <Link href={here} className={buttonSecondary} prefetch={false}>
            {t("refresh")}
          </Link>
        </div>
      </div>
      <CallbackLog callbacks={callbacks} maxAttempts={deps.callbackRetryDelaysMs.length + 1} />
    </section>
  );
}
