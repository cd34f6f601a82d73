"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { RefundAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

const ACTIONS = {
  sync: {
    path: "refunds/sync",
    body: { confirm: true },
    button: "Sync refunds",
    done: "Refunds re-read from the gateway.",
  },
  fulfil: {
    path: "late-payment",
    body: { resolution: "FULFIL" },
    button: "Fulfil anyway",
    done: "Recorded: the order is fulfilled anyway.",
  },
} as const;

/** One refund-side action without a form: re-read open refunds, or keep a late payment. */
export function RefundAction({ orderId, action }: { orderId: string; action: keyof typeof ACTIONS }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = ACTIONS[action];

  async function run() {
    setPending(true);
    setOutcome(null);
    try {
      await apiFetch(`/api/admin/orders/${encodeURIComponent(orderId)}/${copy.path}`, RefundAnswer, {
        method: "POST",
        json: copy.body,
      });
      setOutcome({ ok: true, text: copy.done });
      router.refresh();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof ApiError ? error.message : "That did not work." });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div>
        <button type="button" className={buttonSecondary} disabled={pending} onClick={run}>
          {pending ? "Working…" : copy.button}
        </button>
      </div>
      {outcome && (
        <p className={`text-sm ${outcome.ok ? "text-success-700" : "text-danger-700"}`} aria-live="polite">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
