"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { AdminCommandAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";

// i18n-dynamic: admin.actions.sync
// i18n-dynamic: admin.actions.cancel
type Command = "sync" | "cancel";

/** The two merchant actions, each behind an explicit confirm step; the page re-renders afterwards. */
export function OrderActions({ orderId, cancellable }: { orderId: string; cancellable: boolean }) {
  const t = useTranslations("admin.actions");
  const router = useRouter();
  const [confirming, setConfirming] = useState<Command | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const commandButtons = useRef<Partial<Record<Command, HTMLButtonElement | null>>>({});
  const backFrom = useRef<Command | null>(null);

  // The button pressed is replaced by the confirm step and back: the focus follows, never to <body>.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (backFrom.current) commandButtons.current[backFrom.current]?.focus();
    backFrom.current = null;
  }, [confirming]);

  // The confirm step's buttons are gone once it is answered: the focus goes to what came of it.
  useEffect(() => {
    if (outcome) said.current?.focus();
  }, [outcome]);

  async function run(command: Command) {
    setPending(true);
    setOutcome(null);
    try {
      await apiFetch(`/api/admin/orders/${encodeURIComponent(orderId)}/${command}`, AdminCommandAnswer, {
        method: "POST",
        json: { confirm: true },
      });
      setOutcome({ ok: true, text: t(`${command}.done`) });
      router.refresh();
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof ApiError ? error.message : t("failed") });
    } finally {
      setPending(false);
      setConfirming(null);
    }
  }

  const commands: Command[] = cancellable ? ["sync", "cancel"] : ["sync"];
  return (
    <div className="flex flex-col gap-3">
      {confirming ? (
        <div
          role="group"
          aria-labelledby="order-action-question"
          className="flex flex-col gap-3 rounded-lg border border-warning-700/30 bg-warning-50 p-4"
        >
          <p id="order-action-question" className="text-sm font-medium">
            {t(`${confirming}.question`)}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirm}
              type="button"
              className={buttonPrimary}
              disabled={pending}
              onClick={() => run(confirming)}
            >
              {pending ? t("working") : t(`${confirming}.confirm`)}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              disabled={pending}
              onClick={() => {
                backFrom.current = confirming;
                setConfirming(null);
              }}
            >
              {t("goBack")}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {commands.map((command) => (
            <button
              key={command}
              ref={(element) => {
                commandButtons.current[command] = element;
              }}
              type="button"
              className={buttonSecondary}
              onClick={() => {
                setOutcome(null);
                setConfirming(command);
              }}
            >
              {t(`${command}.button`)}
            </button>
          ))}
        </div>
      )}
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
      {!cancellable && <p className="text-xs text-ink-muted">{t("cancelNote")}</p>}
    </div>
  );
}
