"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { WebhookActionAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

const LABEL = { resend: "resend", "give-up": "giveUp" } as const;

/** Resend a finished webhook, or stop retrying a pending one; the page re-renders afterwards. */
export function WebhookActionButton({ id, action }: { id: string; action: keyof typeof LABEL }) {
  const t = useTranslations("admin.webhooks");
  const router = useRouter();
  const said = useRef<HTMLSpanElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (error) said.current?.focus();
  }, [error]);

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
      setError(failure instanceof ApiError ? failure.message : t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="flex flex-col gap-1">
      <button type="button" className={`${buttonSecondary} text-xs`} disabled={pending} onClick={run}>
        {pending ? t("working") : t(LABEL[action])}
      </button>
      {error && (
        <span ref={said} tabIndex={-1} className="text-xs text-danger-700" aria-live="polite">
          {error}
        </span>
      )}
    </span>
  );
}
