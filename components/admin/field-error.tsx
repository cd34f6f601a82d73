/** A refund form field's message, tied to its input by the id `refund-<name>-error`. */
export function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p id={`refund-${name}-error`} className="text-xs text-danger-700">
      {errors[name]}
    </p>
  ) : null;
}
