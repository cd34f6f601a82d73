"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonPrimary, buttonSecondary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { RefundAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";
import { BANK_NAMES } from "@/lib/banks";
import { REFUND_REASON_WORDS } from "@/lib/refunds/rules";

type Fields = Record<string, string>;

function FieldError({ name, errors }: { name: string; errors: Fields }) {
  return errors[name] ? (
    <p id={`refund-${name}-error`} className="text-xs text-danger-700">
      {errors[name]}
    </p>
  ) : null;
}

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
  const router = useRouter();
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
    if (!Number.isInteger(amount) || amount <= 0)
      local.amount = "must be a whole number of rupiah, more than 0";
    else if (amount > refundable) local.amount = `must be at most ${refundable} (what is left to refund)`;
    if (transfer && !/^[0-9]{6,20}$/.test(read("accountNumber")))
      local.accountNumber = "must be 6 to 20 digits, nothing else";
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length > 0) return;
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
      setMessage({ ok: true, text: `Refund asked: ${answer.status ?? "sent"}.` });
      setOpen(false);
      setSubmitKey(crypto.randomUUID());
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fields);
        setMessage({ ok: false, text: error.message });
        if (!error.retryable) setSubmitKey(crypto.randomUUID());
      } else {
        setMessage({ ok: false, text: "That did not work." });
      }
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const described = (name: string) => (errors[name] ? `refund-${name}-error` : undefined);
  return (
    <div className="flex flex-col gap-3">
      {open ? (
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-col gap-3 rounded-lg border border-surface-line p-4"
        >
          <label htmlFor="refund-amount" className={fieldLabel}>
            Amount
          </label>
          <input
            id="refund-amount"
            name="amount"
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
            Reason
          </label>
          <select
            id="refund-reason"
            name="reason"
            className={fieldInput}
            defaultValue="REQUESTED_BY_CUSTOMER"
          >
            {Object.entries(REFUND_REASON_WORDS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
          <FieldError name="reason" errors={errors} />
          <label htmlFor="refund-description" className={fieldLabel}>
            Description
          </label>
          <input
            id="refund-description"
            name="description"
            maxLength={50}
            className={fieldInput}
            aria-describedby={described("description")}
          />
          <FieldError name="description" errors={errors} />
          {transfer && (
            <>
              <p className="text-xs text-ink-muted">
                A virtual-account payment is refunded by bank transfer to the shopper&apos;s account.
              </p>
              <label htmlFor="refund-bankCode" className={fieldLabel}>
                Bank
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
                Account number
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
                Account name
              </label>
              <input
                id="refund-accountName"
                name="accountName"
                maxLength={100}
                className={fieldInput}
                aria-describedby={described("accountName")}
              />
              <FieldError name="accountName" errors={errors} />
            </>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonPrimary} disabled={pending}>
              {pending ? "Working…" : "Confirm refund"}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              disabled={pending}
              onClick={() => setOpen(false)}
            >
              Go back
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => setOpen(true)}
            disabled={refundable <= 0}
          >
            Refund
          </button>
        </div>
      )}
      {message && (
        <p className={`text-sm ${message.ok ? "text-success-700" : "text-danger-700"}`} aria-live="polite">
          {message.text}
        </p>
      )}
    </div>
  );
}
