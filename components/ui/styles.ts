/** Shared class lists, so every button and field looks and behaves the same. */
export const buttonPrimary =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center gap-2 rounded-lg border border-surface-line bg-surface px-4 py-2.5 text-sm font-medium text-ink hover:border-brand-500 disabled:cursor-not-allowed disabled:opacity-60";
export const buttonDanger =
  "inline-flex items-center justify-center rounded-lg px-3 py-2 text-sm font-medium text-danger-700 hover:bg-danger-50 disabled:opacity-60";
export const fieldInput =
  "block w-full rounded-lg border border-surface-line bg-surface px-3 py-2.5 text-base text-ink shadow-inner aria-[invalid=true]:border-danger-700";
export const fieldLabel = "block text-sm font-medium text-ink";
export const card = "rounded-card border border-surface-line bg-surface";
