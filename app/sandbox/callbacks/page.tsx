import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallbackLog, formatDelays } from "@/components/sandbox/callback-log";
import { buttonSecondary } from "@/components/ui/styles";
import { PaymentSessionIdSchema } from "@/lib/harsya/wire";
import { listCallbacks } from "@/lib/sandbox/callbacks";
import { pickUpDueCallbacks, requireSandboxMode } from "@/lib/sandbox/next";
import { sendTest } from "./actions";

export const metadata: Metadata = { title: "Sandbox callbacks" };

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
  const callbacks = await listCallbacks(await deps.db(), { sessionId });
  const here = sessionId
    ? `/sandbox/callbacks?session=${encodeURIComponent(sessionId)}`
    : "/sandbox/callbacks";
  return (
    <section aria-labelledby="callbacks-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="callbacks-heading" className="text-2xl font-bold tracking-tight">
            Sandbox callbacks
          </h1>
          <p className="text-sm text-ink-muted">
            {sessionId ? `Session ${sessionId}. ` : ""}Sent to {deps.callbackUrl} with X-API-Key; failed
            attempts are retried after {formatDelays(deps.callbackRetryDelaysMs)}.
          </p>
        </div>
        <div className="flex gap-2">
          <form action={sendTest}>
            <button type="submit" className={buttonSecondary}>
              Send test callback
            </button>
          </form>
          {sessionId && (
            <Link href="/sandbox/callbacks" className={buttonSecondary}>
              All sessions
            </Link>
          )}
          <Link href={here} className={buttonSecondary} prefetch={false}>
            Refresh
          </Link>
        </div>
      </div>
      <CallbackLog callbacks={callbacks} maxAttempts={deps.callbackRetryDelaysMs.length + 1} />
    </section>
  );
}
