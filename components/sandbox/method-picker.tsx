import { getTranslations } from "next-intl/server";
import { EWALLET_CHANNELS, type PaymentMethodType } from "@/lib/harsya/wire";
import { EWALLET_NAMES } from "@/lib/sandbox/ewallet";
import type { MethodOptions } from "@/lib/sandbox/session-object";
import { CHOICE_LABEL } from "./bank-picker";
import { ChoiceForm } from "./choice-form";

interface Option {
  value: string;
  label: string;
  hint: string;
  type: PaymentMethodType;
}

/** Which option a create request pre-selected (autoConfirm false with a method). */
function preselected(options: MethodOptions): string | undefined {
  if (options.type === "QR" || options.type === "CARD") return options.type;
  if (options.type === "EWALLET")
    return options.ewalletChannel ? `EWALLET:${options.ewalletChannel}` : undefined;
  return undefined;
}

/** Beside the banks: QRIS, the e-wallets and the card form, those whose limits suit the amount. */
export async function MethodPicker({
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
  const t = await getTranslations("sandbox.methods");
  const options: Option[] = [
    { value: "QR", label: t("qris"), hint: t("qrisHint"), type: "QR" },
    ...EWALLET_CHANNELS.map((channel) => ({
      value: `EWALLET:${channel}`,
      label: EWALLET_NAMES[channel],
      hint: t("walletHint"),
      type: "EWALLET" as const,
    })),
    { value: "CARD", label: t("card"), hint: t("cardHint"), type: "CARD" },
  ];
  const offered = options.filter((option) => methods.includes(option.type));
  if (offered.length === 0) return null;
  const chosen = preselected(methodOptions);
  return (
    <ChoiceForm
      token={token}
      action={action}
      field="method"
      legend={t("legend")}
      submit={t("submit")}
      missing={t("missing")}
      error={error}
    >
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {offered.map((option) => (
          <label key={option.value} className={CHOICE_LABEL}>
            <input
              type="radio"
              name="method"
              value={option.value}
              defaultChecked={option.value === chosen}
              className="accent-brand-700"
            />
            <span className="min-w-0">
              <span className="font-semibold">{option.label}</span>
              <span className="block text-xs text-ink-muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </ChoiceForm>
  );
}
