import { buttonPrimary } from "@/components/ui/styles";
import { VA_CHANNELS, type VaChannel } from "@/lib/harsya/wire";
import { bankName } from "@/lib/banks";

/** For a session created without a bank: the shopper chooses one, which issues the virtual account. */
export function BankPicker({
  token,
  preselected,
  action,
  error,
}: {
  token: string;
  preselected?: VaChannel;
  action: (formData: FormData) => Promise<void>;
  error?: string;
}) {
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-3" aria-describedby={error ? "bank-error" : undefined}>
        <legend className="mb-2 text-base font-semibold">Choose your bank</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {VA_CHANNELS.map((channel) => (
            <label
              key={channel}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-surface-line px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="channel"
                value={channel}
                defaultChecked={channel === preselected}
                required
                className="accent-brand-700"
              />
              <span>
                <span className="font-semibold">{channel}</span>
                <span className="block text-xs text-ink-muted">{bankName(channel)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p id="bank-error" className="text-sm text-danger-700">
          {error}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} self-start`}>
        Show virtual account
      </button>
    </form>
  );
}
