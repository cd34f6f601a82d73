/** One radio, worded on the server (a bank: its code, with its full name as the description). */
export interface ExtraOption {
  value: string;
  label: string;
  description: string;
}

/**
 * Radio buttons named by channel code ("BCA", ...), with the bank's full name as a description,
 * or the other options (QRIS, wallets, cards, "Choose on the payment page").
 */
export function BankOptions({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: readonly ExtraOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {options.map((option) => (
        <label
          key={option.value}
          className="flex cursor-pointer flex-col rounded-lg border border-surface-line bg-surface px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
        >
          <span className="flex items-center gap-2 font-semibold">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // The accessible name is exactly the label (a bank's code); the rest is its description.
              aria-label={option.label}
              aria-describedby={`${name}-${option.value}-description`}
              className="accent-brand-700"
            />
            {option.label}
          </span>
          <span id={`${name}-${option.value}-description`} className="text-xs text-ink-muted">
            {option.description}
          </span>
        </label>
      ))}
    </div>
  );
}
