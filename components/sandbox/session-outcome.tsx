import { getTranslations } from "next-intl/server";
import type { SandboxSession } from "@/lib/sandbox/session-object";

type Outcome = { title: "paid" | "expired" | "failed" | "cancelled"; tone: string };

const OUTCOMES: Partial<Record<SandboxSession["status"], Outcome>> = {
  PAID: { title: "paid", tone: "bg-success-50 text-success-700" },
  EXPIRED: { title: "expired", tone: "bg-warning-50 text-warning-700" },
};

/** What a finished session came to, in words a shopper understands, and the charge's failure if any. */
export async function SessionOutcome({ session }: { session: SandboxSession }) {
  const t = await getTranslations("sandbox.outcome");
  const outcome: Outcome =
    OUTCOMES[session.status] ??
    (session.cancellationReason === "CHARGE_FAILED"
      ? { title: "failed", tone: "bg-danger-50 text-danger-700" }
      : { title: "cancelled", tone: "bg-danger-50 text-danger-700" });
  const charge = session.chargeDetails?.[0];
  const failed = session.status === "CANCELLED" && charge?.failureCode;
  return (
    <div className={`rounded-lg px-4 py-3 ${outcome.tone}`}>
      <h2 className="text-lg font-semibold">{t(outcome.title)}</h2>
      <p className="text-sm">
        {session.cancellationReason
          ? t("statusWithReason", { status: session.status, reason: session.cancellationReason })
          : t("status", { status: session.status })}
      </p>
      {failed && (
        <p className="text-sm">
          <span className="font-mono" data-testid="failure-code">
            {charge.failureCode}
          </span>
          : {charge.failureMessage}
        </p>
      )}
    </div>
  );
}
