/**
 * A form-level error, announced politely; shown as text (tests and people read it, not a role).
 * It can take the focus (tabIndex -1) when no single field is to blame.
 */
export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p
      className="rounded-lg border border-danger-700/30 bg-danger-50 px-3 py-2 text-sm text-danger-700"
      aria-live="polite"
      tabIndex={-1}
      data-form-message
    >
      {message}
    </p>
  );
}
