import { getTranslations } from "next-intl/server";
import { VA_CHANNELS, type VaChannel } from "@/lib/harsya/wire";
import { bankName } from "@/lib/banks";
import { ChoiceForm } from "./choice-form";

export const CHOICE_LABEL =
  "flex min-w-0 cursor-pointer items-center gap-2 rounded-lg border border-surface-line px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700";

/** For a session created without a bank: the shopper chooses one, which issues the virtual account. */
export async function BankPicker({
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
  const t = await getTranslations("sandbox.banks");
  return (
    <ChoiceForm
      token={token}
      action={action}
      field="channel"
      legend={t("legend")}
      submit={t("submit")}
      missing={t("missing")}
      error={error}
    >
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {VA_CHANNELS.map((channel) => (
          <label key={channel} className={CHOICE_LABEL}>
            <input
              type="radio"
              name="channel"
              value={channel}
              defaultChecked={channel === preselected}
              className="accent-brand-700"
            />
            <span className="min-w-0">
              <span className="font-semibold">{channel}</span>
              <span className="block text-xs text-ink-muted">{bankName(channel)}</span>
            </span>
          </label>
        ))}
      </div>
    </ChoiceForm>
  );
}
