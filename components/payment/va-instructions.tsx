import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/ui/tabs";
import { vaInstructions } from "@/lib/checkout/va-instructions";
import { formatRupiah } from "@/lib/money";

/** How to pay this bank's virtual account: ATM, mobile and internet banking, in tabs. */
export async function VaInstructions({
  channel,
  vaNumber,
  amount,
}: {
  channel: string;
  vaNumber: string;
  amount: number;
}) {
  const t = await getTranslations("orders.howToPay");
  // The steps' keys are chosen in lib/checkout/va-instructions.ts by bank and channel kind.
  const tabs = vaInstructions(channel, vaNumber, formatRupiah(amount), (key, values) =>
    t(key as Parameters<typeof t>[0], values),
  );
  if (tabs.length === 0) return null;
  return (
    <section aria-labelledby="va-howto-heading" className="flex min-w-0 flex-col gap-2">
      <h2 id="va-howto-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <Tabs
        label={t("tabsLabel", { bank: channel })}
        tabs={tabs.map((tab) => ({
          label: tab.label,
          content: (
            <ol className="list-decimal space-y-1 pl-5 break-words">
              {tab.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ),
        }))}
      />
    </section>
  );
}
