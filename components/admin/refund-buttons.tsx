"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { RefundAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

// i18n-dynamic: admin.refunds.sync
// i18n-dynamic: admin.refunds.fulfil
const ACTIONS = {
  sync: {
    path: "refunds/sync",
    body: { confirm: true },
  },
  fulfil: {
    path: "late-payment",
    body: { resolution: "FULFIL" },
  },
} as const;

/** One refund-side action without a form: re-read open refunds, or keep a late payment. */
export function RefundAction({ orderId, action }: { orderId: string; action: keyof typeof ACTIONS }) {
  const t = useTranslations("admin.refunds");
  const tActions = useTranslations("admin.actions");
  const router = useRouter();
  const said = useRef<HTMLParagraphElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = ACTIONS[action];

  useEffect(() => {
    if (outcome && !outcome.ok) said.current?.focus();
  }, [outcome]);

  async function run() {
    setPending(true);
    setOutcome(null);
    try {
      await apiFetch(`/api/admin/orders/${encodeURIComponent(orderId)}/${copy.path}`, RefundAnswer, {
        method: "POST",
        json: copy.body,
      });
      setOutcome({ ok: true, text: t(`${action}.done`) });
      router.refresh();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof ApiError ? error.message : tActions("failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div>
        <button type="button" className={buttonSecondary} disabled={pending} onClick={run}>
          {pending ? tActions("working") : t(`${action}.button`)}
        </button>
      </div>
      {outcome && (
        <p
          ref={said}
          tabIndex={-1}
          className={`text-sm ${outcome.ok ? "text-success-700" : "text-danger-700"}`}
          aria-live="polite"
        >
          {outcome.text}
        </p>
      )}
    </div>
  );
}
