"use client";

import { useId, useState, type FormEvent, type InputHTMLAttributes } from "react";
import { buttonPrimary, fieldInput, fieldLabel } from "@/components/ui/styles";
import { PaymentPageAnswer } from "@/lib/api/schemas";
import { apiFetch, ApiError } from "@/lib/api-client";
import {
  CHOOSE_ON_PAGE,
  OTHER_CHOICE_LABELS,
  OTHER_CHOICES,
  PUSH_WALLET_CHOICE,
} from "@/lib/checkout/payment-choice";
import { BankOptions } from "./bank-options";

const OTHER_OPTIONS = OTHER_CHOICES.map((value) => ({ value, ...OTHER_CHOICE_LABELS[value] }));
const CHOOSE_LATER = [
  {
    value: CHOOSE_ON_PAGE,
    label: "Choose on the payment page",
    description: "Pick how to pay after this step",
  },
];

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
  // OVO's number follows the contact phone until the shopper edits it.
  const [walletPhone, setWalletPhone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ids = { fullName: useId(), email: useId(), phone: useId(), walletPhone: useId(), error: useId() };
  const pushWallet = paymentMethod === PUSH_WALLET_CHOICE;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const { paymentUrl } = await apiFetch("/api/checkout", PaymentPageAnswer, {
        method: "POST",
        json: {
          ...values,
          paymentMethod,
          ...(pushWallet ? { walletPhone: walletPhone ?? values.phone } : {}),
        },
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
        <legend className="mb-2 text-lg font-semibold">How would you like to pay?</legend>
        <h3 className="text-sm font-medium text-ink-muted">Bank virtual account</h3>
        <BankOptions
          name="paymentMethod"
          channels={channels}
          value={paymentMethod}
          onChange={setPaymentMethod}
        />
        <h3 className="text-sm font-medium text-ink-muted">QRIS, e-wallets and cards</h3>
        <BankOptions
          name="paymentMethod"
          channels={[]}
          value={paymentMethod}
          onChange={setPaymentMethod}
          extra={[...OTHER_OPTIONS, ...CHOOSE_LATER]}
        />
        {pushWallet && (
          <div>
            <label htmlFor={ids.walletPhone} className={fieldLabel}>
              OVO phone number
            </label>
            <input
              id={ids.walletPhone}
              name="walletPhone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              value={walletPhone ?? values.phone}
              onChange={(event) => setWalletPhone(event.target.value)}
              aria-invalid={error?.fields.walletPhone ? true : undefined}
              aria-describedby={`${ids.walletPhone}-hint${error?.fields.walletPhone ? ` ${ids.walletPhone}-error` : ""}`}
              required
              className={`${fieldInput} mt-1`}
            />
            <p id={`${ids.walletPhone}-hint`} className="mt-1 text-xs text-ink-muted">
              OVO sends the payment request to this number: approve it in the OVO app.
            </p>
            {error?.fields.walletPhone && (
              <p id={`${ids.walletPhone}-error`} className="mt-1 text-sm text-danger-700">
                OVO phone number {error.fields.walletPhone}
              </p>
            )}
          </div>
        )}
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
