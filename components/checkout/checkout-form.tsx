"use client";

import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import { PaymentPageAnswerCheck } from "@/lib/api/answer-checks";
import { apiFetch, ApiError } from "@/lib/api-client";
import { CHOOSE_ON_PAGE, PUSH_WALLET_CHOICE } from "@/lib/checkout/payment-choice";
import { BankOptions } from "./bank-options";
import { CheckoutField } from "./checkout-field";
import type { CheckoutFormWords } from "./checkout-words";
import { OpenPaymentNote, type OpenPaymentSummary } from "./open-payment-note";
import { useRememberedForm } from "./remembered-form";

export interface CheckoutDefaults {
  fullName: string;
  email: string;
  phone: string;
}

type FieldName = keyof CheckoutDefaults | "walletPhone";
const FIELD_ORDER: readonly FieldName[] = ["fullName", "email", "phone", "walletPhone"];

export function CheckoutForm({
  words: t,
  defaults,
  open,
}: {
  /** Worded on the server (`checkoutFormWords`), the banks' and other choices' radios included. */
  words: CheckoutFormWords;
  defaults: CheckoutDefaults;
  /** The cart's payment that another method cannot replace (a VA issued, a charge made). */
  open: OpenPaymentSummary | null;
}) {
  const [values, setValues] = useState(defaults);
  const [paymentMethod, setPaymentMethod] = useState<string>(t.bankOptions[0]?.value ?? CHOOSE_ON_PAGE);
  // OVO's number follows the contact phone until the shopper edits it.
  const [walletPhone, setWalletPhone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const idBase = useId();
  const ids = useMemo(
    () => Object.fromEntries([...FIELD_ORDER, "error"].map((name) => [name, `${idBase}${name}`])),
    [idBase],
  ) as Record<FieldName | "error", string>;
  const pushWallet = paymentMethod === PUSH_WALLET_CHOICE;
  const choices = [...t.bankOptions, ...t.otherOptions].map((option) => option.value);

  useRememberedForm({ ...values, paymentMethod, walletPhone }, (saved) => {
    setValues((before) => ({
      fullName: saved.fullName ?? before.fullName,
      email: saved.email ?? before.email,
      phone: saved.phone ?? before.phone,
    }));
    if (saved.paymentMethod && choices.includes(saved.paymentMethod)) setPaymentMethod(saved.paymentMethod);
    if (saved.walletPhone !== undefined) setWalletPhone(saved.walletPhone);
  });

  // Back from the payment page may show this page from the browser's memory, mid-"submitting".
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => event.persisted && setSubmitting(false);
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);

  // Each new error sends the focus where the problem is: the first named field, else the summary.
  useEffect(() => {
    if (!error) return;
    const first = FIELD_ORDER.find((name) => error.fields[name] && document.getElementById(ids[name]));
    document.getElementById(first ? ids[first] : ids.error)?.focus();
  }, [error, ids]);

  function missingFields(): Record<string, string> {
    const missing: Record<string, string> = {};
    for (const name of ["fullName", "email", "phone"] as const) {
      if (!values[name].trim()) missing[name] = t.required[name];
    }
    if (pushWallet && !(walletPhone ?? values.phone).trim()) missing.walletPhone = t.required.walletPhone;
    return missing;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    const missing = missingFields();
    if (Object.keys(missing).length > 0) {
      setError(new ApiError(t.fixFields, 0, "validation_error", missing));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const { paymentUrl } = await apiFetch("/api/checkout", PaymentPageAnswerCheck, {
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
      const failed = caught instanceof ApiError ? caught : new ApiError(t.somethingWrong, 0, "unknown");
      const named = FIELD_ORDER.some((name) => failed.fields[name]);
      setError(
        named && failed.code === "validation_error"
          ? new ApiError(t.fixFields, failed.status, failed.code, failed.fields)
          : failed,
      );
      setSubmitting(false);
    }
  }

  const fieldProps = (name: keyof CheckoutDefaults) => ({
    id: ids[name],
    name,
    label: t[name],
    value: values[name],
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    error: error?.fields[name],
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <fieldset className="flex min-w-0 flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t.contact}</legend>
        <CheckoutField {...fieldProps("fullName")} autoComplete="name" maxLength={100} />
        <CheckoutField {...fieldProps("email")} type="email" autoComplete="email" inputMode="email" />
        <CheckoutField
          {...fieldProps("phone")}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          placeholder={t.phonePlaceholder}
        />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t.howToPay}</legend>
        <h3 className="text-sm font-medium text-ink-muted">{t.banks}</h3>
        <BankOptions
          name="paymentMethod"
          options={t.bankOptions}
          value={paymentMethod}
          onChange={setPaymentMethod}
        />
        <h3 className="text-sm font-medium text-ink-muted">{t.others}</h3>
        <BankOptions
          name="paymentMethod"
          options={t.otherOptions}
          value={paymentMethod}
          onChange={setPaymentMethod}
        />
        {pushWallet && (
          <CheckoutField
            id={ids.walletPhone}
            name="walletPhone"
            label={t.walletPhone}
            hint={t.walletPhoneHint}
            value={walletPhone ?? values.phone}
            onChange={setWalletPhone}
            error={error?.fields.walletPhone}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
          />
        )}
      </fieldset>
      {open && !error?.orderId && <OpenPaymentNote open={open} chosen={paymentMethod} />}
      {error && (
        <div
          id={ids.error}
          tabIndex={-1}
          className="rounded-lg border border-danger-700/30 bg-danger-50 p-3 text-sm text-danger-700 [overflow-wrap:anywhere]"
          aria-live="polite"
        >
          {error.message}
          {error.orderId && (
            <>
              {open?.orderId === error.orderId && ` ${open.payableUntil}`}{" "}
              <a href={`/orders/${error.orderId}`} className="font-semibold underline">
                {t.showOpenPayment}
              </a>
            </>
          )}
        </div>
      )}
      <button type="submit" className={buttonPrimary} disabled={submitting} aria-busy={submitting}>
        {t.payNow}
      </button>
      <p aria-live="polite" className="-mt-3 min-h-5 text-center text-sm text-ink-muted">
        {submitting ? t.opening : ""}
      </p>
    </form>
  );
}
