"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { buttonPrimary, buttonSecondary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { RefundAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";
import { BANK_NAMES } from "@/lib/banks";
import type { Messages } from "@/lib/i18n/catalogue";
import { REFUND_REASON_WORDS } from "@/lib/refunds/rules";
import { focusFirstProblem } from "@/components/auth/focus-first-problem";
import { FieldError } from "./field-error";

type Fields = Record<string, string>;
type Reason = keyof Messages["admin"]["refunds"]["reason"];

/**
 * The merchant's refund form: amount (at most what is left), a documented reason and a short
 * description; for a virtual-account payment also the shopper's bank account (TRANSFER_ONLY).
 * One key per rendering of the form, so a double submit makes one refund.
 */
export function RefundForm({
  orderId,
  refundable,
  transfer,
}: {
  orderId: string;
  refundable: number;
  transfer: boolean;
}) {
  const t = useTranslations("admin.refundForm");
  const tReason = useTranslations("admin.refunds.reason");
  const router = useRouter();
  const area = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Bumped after each answered submit: the focus then goes to the first field to fix, or the message.
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (answered > 0) focusFirstProblem(area.current);
  }, [answered]);
  const [open, setOpen] = useState(false);
  const [submitKey, setSubmitKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Fields>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => String(data.get(name) ?? "").trim();
    const amount = Number(read("amount"));
    const local: Fields = {};
    if (!Number.isInteger(amount) || amount <= 0) local.amount = t("amountInvalid");
    else if (amount > refundable) local.amount = t("amountTooHigh", { max: refundable });
    if (transfer && !/^[0-9]{6,20}$/.test(read("accountNumber"))) local.accountNumber = t("accountInvalid");
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length > 0) {
      setAnswered((count) => count + 1);
      return;
    }
    setPending(true);
    try {
      const answer = await apiFetch(
        `/api/admin/orders/${encodeURIComponent(orderId)}/refunds`,
        RefundAnswer,
        {
          method: "POST",
          json: {
            amount,
            reason: read("reason"),
            description: read("description") || undefined,
            ...(transfer
              ? {
                  bankCode: read("bankCode"),
                  accountNumber: read("accountNumber"),
                  accountName: read("accountName"),
                }
              : {}),
            submitKey,
          },
        },
      );
      setMessage({ ok: true, text: t("asked", { status: answer.status ?? t("sent") }) });
      setOpen(false);
      setSubmitKey(crypto.randomUUID());
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fields);
        setMessage({ ok: false, text: error.message });
        if (!error.retryable) setSubmitKey(crypto.randomUUID());
      } else {
        setMessage({ ok: false, text: t("failed") });
      }
      router.refresh();
    } finally {
      setPending(false);
      setAnswered((count) => count + 1);
    }
  }

  const described = (name: string) => (errors[name] ? `refund-${name}-error` : undefined);
  return (
    <div ref={area} className="flex flex-col gap-3">
      {open ? (
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-col gap-3 rounded-lg border border-surface-line p-4"
        >
          <label htmlFor="refund-amount" className={fieldLabel}>
            {t("amount")}
          </label>
          <input
            id="refund-amount"
            name="amount"
            // Opened by the Refund button, which is gone now: the focus starts on the first field.
            autoFocus
            type="number"
            inputMode="numeric"
            min={1}
            max={refundable}
            step={1}
            defaultValue={refundable}
            className={fieldInput}
            aria-invalid={Boolean(errors.amount)}
            aria-describedby={described("amount")}
          />
          <FieldError name="amount" errors={errors} />
          <label htmlFor="refund-reason" className={fieldLabel}>
            {t("reason")}
          </label>
          <select
            id="refund-reason"
            name="reason"
            className={fieldInput}
            defaultValue="REQUESTED_BY_CUSTOMER"
          >
            {/* i18n-dynamic: admin.refunds.reason */}
            {(Object.keys(REFUND_REASON_WORDS) as Reason[]).map((value) => (
              <option key={value} value={value}>
                {tReason(value)}
              </option>
            ))}
          </select>
          <FieldError name="reason" errors={errors} />
          <label htmlFor="refund-description" className={fieldLabel}>
            {t("description")}
          </label>
          <input
            id="refund-description"
            name="description"
            maxLength={50}
            className={fieldInput}
            aria-invalid={Boolean(errors.description)}
            aria-describedby={described("description")}
          />
          <FieldError name="description" errors={errors} />
          {transfer && (
            <>
              <p className="text-xs text-ink-muted">{t("transferNote")}</p>
              <label htmlFor="refund-bankCode" className={fieldLabel}>
                {t("bank")}
              </label>
              <select id="refund-bankCode" name="bankCode" className={fieldInput} defaultValue="BCA">
                {Object.entries(BANK_NAMES).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
              <FieldError name="bankCode" errors={errors} />
              <label htmlFor="refund-accountNumber" className={fieldLabel}>
                {t("accountNumber")}
              </label>
              <input
                id="refund-accountNumber"
                name="accountNumber"
                inputMode="numeric"
                className={fieldInput}
                aria-invalid={Boolean(errors.accountNumber)}
                aria-describedby={described("accountNumber")}
              />
              <FieldError name="accountNumber" errors={errors} />
              <label htmlFor="refund-accountName" className={fieldLabel}>
                {t("accountName")}
              </label>
              <input
                id="refund-accountName"
                name="accountName"
                maxLength={100}
                className={fieldInput}
                aria-invalid={Boolean(errors.accountName)}
                aria-describedby={described("accountName")}
              />
              <FieldError name="accountName" errors={errors} />
            </>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonPrimary} disabled={pending}>
              {pending ? t("working") : t("confirm")}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              disabled={pending}
              onClick={() => {
                setOpen(false);
                // The form (and the focus in it) goes away: back to the button that opened it.
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              {t("goBack")}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button
            ref={opener}
            type="button"
            className={buttonSecondary}
            onClick={() => setOpen(true)}
            disabled={refundable <= 0}
          >
            {t("open")}
          </button>
        </div>
      )}
      {message && (
        <p
          className={`text-sm ${message.ok ? "text-success-700" : "text-danger-700"}`}
          aria-live="polite"
          tabIndex={-1}
          data-form-message
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
