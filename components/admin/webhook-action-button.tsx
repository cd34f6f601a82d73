"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { WebhookActionAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

const LABEL = { resend: "Resend", "give-up": "Give up" } as const;

/** Resend a finished webhook, or stop retrying a pending one; the page re-renders afterwards. */
export function WebhookActionButton({ id, action }: { id: string; action: keyof typeof LABEL }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setError(null);
    try {
      await apiFetch(`/api/admin/webhooks/${encodeURIComponent(id)}/${action}`, WebhookActionAnswer, {
        method: "POST",
        json: {},
      });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "That did not work.");
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="flex flex-col gap-1">
      <button type="button" className={`${buttonSecondary} text-xs`} disabled={pending} onClick={run}>
        {pending ? "Working…" : LABEL[action]}
      </button>
      {error && (
        <span className="text-xs text-danger-700" aria-live="polite">
          {error}
        </span>
      )}
    </span>
  );
}
