/** A form-level error, announced politely; shown as text (tests and people read it, not a role). */
export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p
      className="rounded-lg border border-danger-700/30 bg-danger-50 px-3 py-2 text-sm text-danger-700"
      aria-live="polite"
    >
      {message}
    </p>
  );
}
