"use client";

import { useId, useState, type FormEvent, type InputHTMLAttributes } from "react";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { PaymentPageAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";
import { CHOOSE_ON_PAGE } from "@/lib/checkout/payment-choice";
import { BankOptions } from "./bank-options";

export interface CheckoutDefaults {
  fullName: string;
  email: string;
  phone: string;
}

export function CheckoutForm({
  channels,
  defaults,
}: {
  channels: readonly string[];
  defaults: CheckoutDefaults;
}) {
  const [values, setValues] = useState(defaults);
  const [paymentMethod, setPaymentMethod] = useState<string>(channels[0] ?? CHOOSE_ON_PAGE);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ids = { fullName: useId(), email: useId(), phone: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const { paymentUrl } = await apiFetch("/api/checkout", PaymentPageAnswer, {
        method: "POST",
        json: { ...values, paymentMethod },
      });
      // Stay "submitting" while the browser leaves for the payment page.
      window.location.assign(paymentUrl);
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError("Something went wrong. Please try again.", 0, "unknown"),
      );
      setSubmitting(false);
    }
  }

  const field = (
    name: keyof CheckoutDefaults,
    label: string,
    props: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div>
      <label htmlFor={ids[name]} className={fieldLabel}>
        {label}
      </label>
      <input
        id={ids[name]}
        name={name}
        value={values[name]}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        aria-invalid={error?.fields[name] ? true : undefined}
        aria-describedby={error?.fields[name] ? `${ids[name]}-error` : undefined}
        required
        className={`${fieldInput} mt-1`}
        {...props}
      />
      {error?.fields[name] && (
        <p id={`${ids[name]}-error`} className="mt-1 text-sm text-danger-700">
          {label} {error.fields[name]}
        </p>
      )}
    </div>
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-6"
      aria-describedby={error ? ids.error : undefined}
    >
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        {field("fullName", "Full name", { autoComplete: "name", maxLength: 100 })}
        {field("email", "Email", { type: "email", autoComplete: "email", inputMode: "email" })}
        {field("phone", "Phone", {
          type: "tel",
          autoComplete: "tel",
          inputMode: "tel",
          placeholder: "0812 3456 7890",
        })}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">Pay by bank virtual account</legend>
        <BankOptions
          name="paymentMethod"
          channels={channels}
          value={paymentMethod}
          onChange={setPaymentMethod}
          extra={{
            value: CHOOSE_ON_PAGE,
            label: "Choose on the payment page",
            description: "Pick your bank after this step",
          }}
        />
      </fieldset>
      {error && (
        <div
          id={ids.error}
          className="rounded-lg border border-danger-700/30 bg-danger-50 p-3 text-sm text-danger-700"
          aria-live="polite"
        >
          {error.message}
          {error.orderId && (
            <>
              {" "}
              <a href={`/orders/${error.orderId}`} className="font-semibold underline">
                Show my open payment
              </a>
            </>
          )}
        </div>
      )}
      <button type="submit" className={buttonPrimary} disabled={submitting} aria-busy={submitting}>
        Pay now
      </button>
      <p aria-live="polite" className="-mt-3 min-h-5 text-center text-sm text-ink-muted">
        {submitting ? "Opening the payment page…" : ""}
      </p>
    </form>
  );
}
