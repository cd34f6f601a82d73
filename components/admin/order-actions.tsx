"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { AdminCommandAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

type Command = "sync" | "cancel";

const COPY: Record<Command, { button: string; question: string; confirm: string; done: string }> = {
  sync: {
    button: "Sync with gateway",
    question: "Re-read this payment session from the gateway and apply any change?",
    confirm: "Yes, sync now",
    done: "Synced with the gateway.",
  },
  cancel: {
    button: "Cancel payment",
    question: "Cancel this payment session? The shopper will no longer be able to pay this order.",
    confirm: "Yes, cancel payment",
    done: "Payment cancelled.",
  },
};

/** The two merchant actions, each behind an explicit confirm step; the page re-renders afterwards. */
export function OrderActions({ orderId, cancellable }: { orderId: string; cancellable: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Command | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(command: Command) {
    setPending(true);
    setOutcome(null);
    try {
      await apiFetch(`/api/admin/orders/${encodeURIComponent(orderId)}/${command}`, AdminCommandAnswer, {
        method: "POST",
        json: { confirm: true },
      });
      setOutcome({ ok: true, text: COPY[command].done });
      router.refresh();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof ApiError ? error.message : "That did not work." });
    } finally {
      setPending(false);
      setConfirming(null);
    }
  }

  const commands: Command[] = cancellable ? ["sync", "cancel"] : ["sync"];
  return (
    <div className="flex flex-col gap-3">
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-lg border border-warning-700/30 bg-warning-50 p-4">
          <p className="text-sm font-medium">{COPY[confirming].question}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonPrimary}
              disabled={pending}
              onClick={() => run(confirming)}
            >
              {pending ? "Working…" : COPY[confirming].confirm}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              disabled={pending}
              onClick={() => setConfirming(null)}
            >
              Go back
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {commands.map((command) => (
            <button
              key={command}
              type="button"
              className={buttonSecondary}
              onClick={() => {
                setOutcome(null);
                setConfirming(command);
              }}
            >
              {COPY[command].button}
            </button>
          ))}
        </div>
      )}
      {outcome && (
        <p className={`text-sm ${outcome.ok ? "text-success-700" : "text-danger-700"}`} aria-live="polite">
          {outcome.text}
        </p>
      )}
      {!cancellable && (
        <p className="text-xs text-ink-muted">
          Cancelling is only possible before the shopper is given a way to pay (gateway status
          REQUIRE_PAYMENT_METHOD or REQUIRE_CONFIRMATION).
        </p>
      )}
    </div>
  );
}
