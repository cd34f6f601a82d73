import { getTranslations } from "next-intl/server";
import type { VaChannel } from "@/lib/harsya/wire";
import { bankInstructions, type StepWords } from "@/lib/sandbox/bank-instructions";

/** How to pay at an ATM, in the bank's app and on its website, one disclosure each. */
export async function PaymentInstructions({ channel }: { channel: VaChannel }) {
  const [t, steps] = await Promise.all([getTranslations("sandbox.va"), getTranslations("sandbox.va.steps")]);
  const bank = bankInstructions(channel, steps as unknown as StepWords);
  const sections = [
    { title: t("atm"), steps: bank.atm },
    { title: t("mobile", { app: bank.mobile.app }), steps: bank.mobile.steps },
    { title: t("internet", { site: bank.internet.site }), steps: bank.internet.steps },
  ];
  return (
    <section aria-labelledby="how-to-pay" className="flex flex-col gap-2">
      <h2 id="how-to-pay" className="text-base font-semibold">
        {t("howToPay", { bank: bank.name })}
      </h2>
      {sections.map((section, index) => (
        <details
          key={section.title}
          open={index === 0}
          className="rounded-lg border border-surface-line px-4 py-2"
        >
          <summary className="cursor-pointer py-1 text-sm font-medium">{section.title}</summary>
          <ol className="list-decimal space-y-1 py-2 pl-5 text-sm text-ink-muted">
            {section.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
