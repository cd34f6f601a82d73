"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { BankOptions } from "@/components/checkout/bank-options";
import { buttonPrimary } from "@/components/ui/styles";
import { PaymentPageAnswer } from "@/lib/api/schemas";
import { apiFetch, type ApiError } from "@/lib/api-client";

/** Two-step payment: pick the bank on our page, we confirm the session, then off to the payment page. */
export function MethodChooser({ orderId, channels }: { orderId: string; channels: readonly string[] }) {
  const t = useTranslations("payment.chooser");
  const [channel, setChannel] = useState<string>(channels[0] ?? "");
  const confirm = useMutation<{ paymentUrl: string }, ApiError, string>({
    mutationFn: (chosen) =>
      apiFetch(`/api/orders/${encodeURIComponent(orderId)}/confirm`, PaymentPageAnswer, {
        method: "POST",
        json: { channel: chosen },
      }),
    onSuccess: ({ paymentUrl }) => window.location.assign(paymentUrl),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(channel);
  }

  const busy = confirm.isPending || confirm.isSuccess;
  return (
    <form onSubmit={submit} className="flex min-w-0 flex-col gap-3">
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("legend")}</legend>
        <BankOptions name="channel" channels={channels} value={channel} onChange={setChannel} />
      </fieldset>
      {confirm.error && (
        <p className="text-sm text-danger-700" aria-live="polite">
          {confirm.error.message}
        </p>
      )}
      <button type="submit" className={buttonPrimary} disabled={busy} aria-busy={busy}>
        {t("submit")}
      </button>
    </form>
  );
}
