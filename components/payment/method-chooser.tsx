"use client";

import { useState, type FormEvent } from "react";
import { BankOptions, type ExtraOption } from "@/components/checkout/bank-options";
import { buttonPrimary } from "@/components/ui/styles";
import { PaymentPageAnswerCheck } from "@/lib/api/answer-checks";
import { apiFetch, ApiError } from "@/lib/api-client";

/** Two-step payment: pick the bank on our page, we confirm the session, then off to the payment page. */
export function MethodChooser({
  orderId,
  options,
  words,
}: {
  orderId: string;
  /** The banks' radios, worded on the server. */
  options: readonly ExtraOption[];
  words: { legend: string; submit: string };
}) {
  const [channel, setChannel] = useState<string>(options[0]?.value ?? "");
  // Busy from the press until the browser has left for the payment page (or an error came back).
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { paymentUrl } = await apiFetch(
        `/api/orders/${encodeURIComponent(orderId)}/confirm`,
        PaymentPageAnswerCheck,
        { method: "POST", json: { channel } },
      );
      window.location.assign(paymentUrl);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex min-w-0 flex-col gap-3">
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 font-semibold">{words.legend}</legend>
        <BankOptions name="channel" options={options} value={channel} onChange={setChannel} />
      </fieldset>
      {error && (
        <p className="text-sm text-danger-700" aria-live="polite">
          {error}
        </p>
      )}
      <button type="submit" className={buttonPrimary} disabled={busy} aria-busy={busy}>
        {words.submit}
      </button>
    </form>
  );
}
