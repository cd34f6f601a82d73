import type { InputHTMLAttributes } from "react";
import { fieldInput, fieldLabel } from "@/components/ui/styles";

/**
 * A field's error as the shopper reads it: "label + what to do". The server answers sentences
 * ("Enter a valid email address"); a bare fragment ("enter a valid email address") gets the
 * field's label in front, so the message still names its field.
 */
export function fieldMessage(label: string, message: string): string {
  return /^\p{Ll}/u.test(message) ? `${label} ${message}` : message;
}

/** A checkout input with its label, optional hint and error, tied together for screen readers. */
export function CheckoutField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required
        className={`${fieldInput} mt-1`}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger-700 [overflow-wrap:anywhere]">
          {fieldMessage(label, error)}
        </p>
      )}
    </div>
  );
}
