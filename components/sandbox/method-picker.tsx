import { buttonPrimary } from "@/components/ui/styles";
import { EWALLET_CHANNELS, type PaymentMethodType } from "@/lib/harsya/wire";
import { EWALLET_NAMES } from "@/lib/sandbox/ewallet";
import type { MethodOptions } from "@/lib/sandbox/session-object";

interface Option {
  value: string;
  label: string;
  hint: string;
  type: PaymentMethodType;
}

const OPTIONS: Option[] = [
  { value: "QR", label: "QRIS", hint: "Scan with any banking or e-wallet app", type: "QR" },
  ...EWALLET_CHANNELS.map((channel) => ({
    value: `EWALLET:${channel}`,
    label: EWALLET_NAMES[channel],
    hint: "E-wallet",
    type: "EWALLET" as const,
  })),
  { value: "CARD", label: "Card", hint: "Visa, Mastercard or JCB", type: "CARD" },
];

/** Which option a create request pre-selected (autoConfirm false with a method). */
function preselected(options: MethodOptions): string | undefined {
  if (options.type === "QR" || options.type === "CARD") return options.type;
  if (options.type === "EWALLET")
    return options.ewalletChannel ? `EWALLET:${options.ewalletChannel}` : undefined;
  return undefined;
}

/** Beside the banks: QRIS, the e-wallets and the card form, those whose limits suit the amount. */
export function MethodPicker({
  token,
  methods,
  methodOptions,
  action,
  error,
}: {
  token: string;
  methods: PaymentMethodType[];
  methodOptions: MethodOptions;
  action: (formData: FormData) => Promise<void>;
  error?: string;
}) {
  const offered = OPTIONS.filter((option) => methods.includes(option.type));
  if (offered.length === 0) return null;
  const chosen = preselected(methodOptions);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-3" aria-describedby={error ? "method-error" : undefined}>
        <legend className="mb-2 text-base font-semibold">Or pay another way</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {offered.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-surface-line px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="method"
                value={option.value}
                defaultChecked={option.value === chosen}
                required
                className="accent-brand-700"
              />
              <span>
                <span className="font-semibold">{option.label}</span>
                <span className="block text-xs text-ink-muted">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p id="method-error" className="text-sm text-danger-700">
          {error}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} self-start`}>
        Continue
      </button>
    </form>
  );
}
