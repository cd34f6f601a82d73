import type { SandboxSession } from "@/lib/sandbox/session-object";

const OUTCOMES: Partial<Record<SandboxSession["status"], { title: string; tone: string }>> = {
  PAID: { title: "Payment received", tone: "bg-success-50 text-success-700" },
  EXPIRED: { title: "Payment expired", tone: "bg-warning-50 text-warning-700" },
};

/** What a finished session came to, in words a shopper understands, and the charge's failure if any. */
export function SessionOutcome({ session }: { session: SandboxSession }) {
  const outcome =
    OUTCOMES[session.status] ??
    (session.cancellationReason === "CHARGE_FAILED"
      ? { title: "Payment failed", tone: "bg-danger-50 text-danger-700" }
      : { title: "Payment cancelled", tone: "bg-danger-50 text-danger-700" });
  const charge = session.chargeDetails?.[0];
  const failed = session.status === "CANCELLED" && charge?.failureCode;
  return (
    <div className={`rounded-lg px-4 py-3 ${outcome.tone}`}>
      <h2 className="text-lg font-semibold">{outcome.title}</h2>
      <p className="text-sm">
        Status {session.status}
        {session.cancellationReason ? ` (${session.cancellationReason})` : ""}.
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
