import { Tabs } from "@/components/ui/tabs";
import { vaInstructions } from "@/lib/checkout/va-instructions";
import { formatRupiah } from "@/lib/money";

/** How to pay this bank's virtual account: ATM, mobile and internet banking, in tabs. */
export function VaInstructions({
  channel,
  vaNumber,
  amount,
}: {
  channel: string;
  vaNumber: string;
  amount: number;
}) {
  const tabs = vaInstructions(channel, vaNumber, formatRupiah(amount));
  if (tabs.length === 0) return null;
  return (
    <section aria-labelledby="va-howto-heading" className="flex flex-col gap-2">
      <h2 id="va-howto-heading" className="text-base font-semibold">
        How to pay
      </h2>
      <Tabs
        label={`How to pay with ${channel}`}
        tabs={tabs.map((tab) => ({
          label: tab.label,
          content: (
            <ol className="list-decimal space-y-1 pl-5">
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
