"use client";

import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { buttonPrimary } from "@/components/ui/styles";

/**
 * A group of radio choices that must have one picked. Submitted without one, it says so beside
 * the group (tied to it with aria-describedby) and puts the focus on the first choice, instead of
 * the browser's own popup; without JavaScript the server answers the same message.
 */
export function ChoiceForm({
  token,
  action,
  field,
  legend,
  submit,
  missing,
  error,
  children,
}: {
  token: string;
  action: (formData: FormData) => Promise<void>;
  /** The radios' name. */
  field: string;
  legend: string;
  submit: string;
  /** What to say when nothing is picked. */
  missing: string;
  /** The server's message, after a submit without JavaScript. */
  error?: string;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(error);
  const group = useRef<HTMLFieldSetElement>(null);
  const errorId = `${field}-error`;

  function check(event: FormEvent<HTMLFormElement>) {
    if (new FormData(event.currentTarget).get(field)) return;
    event.preventDefault();
    setShown(missing);
    group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  return (
    <form action={action} onSubmit={check} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset
        ref={group}
        className="flex min-w-0 flex-col gap-3"
        aria-describedby={shown ? errorId : undefined}
        onChange={() => setShown(undefined)}
      >
        <legend className="mb-2 text-base font-semibold">{legend}</legend>
        {children}
        {shown && (
          <p id={errorId} className="text-sm text-danger-700">
            {shown}
          </p>
        )}
      </fieldset>
      <button type="submit" className={`${buttonPrimary} self-start`}>
        {submit}
      </button>
    </form>
  );
}
