import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary } from "@/components/ui/styles";
import type { OpenPayment } from "@/lib/checkout/open-payment";
import { describeOpenPayment } from "./open-payment";

/** On the cart and checkout pages: the cart's payment already open, and the way back to it. */
export async function ResumeBanner({ open }: { open: OpenPayment }) {
  const [t, words] = await Promise.all([getTranslations("checkout.resume"), describeOpenPayment(open)]);
  return (
    <section
      aria-labelledby="resume-heading"
      className="mb-6 flex flex-col gap-3 rounded-card border border-brand-200 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="min-w-0">
        <h2 id="resume-heading" className="font-semibold text-brand-900">
          {t("heading")}
        </h2>
        <p className="text-sm text-ink [overflow-wrap:anywhere]" data-testid="resume-details">
          {t("details", { ...words, reference: open.reference })}
        </p>
      </div>
      <Link href={`/orders/${open.orderId}`} className={`${buttonPrimary} shrink-0`}>
        {t("link")}
      </Link>
    </section>
  );
}
