import { getLocale, getTranslations } from "next-intl/server";
import { Countdown } from "@/components/ui/countdown";
import { formatDeadline } from "@/lib/time";

const HURRY_BELOW_MS = 2 * 60_000;

/** "Pay before 15:36 WIB, Thursday 26 November" with the time left beside it, prominently. */
export async function PaymentDeadline({ expiresAt }: { expiresAt: string }) {
  const [t, locale] = await Promise.all([getTranslations("payment.pending"), getLocale()]);
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-warning-700/30 bg-warning-50 px-4 py-3">
      <p className="font-semibold" data-testid="pay-before">
        {t("payBefore", { deadline: formatDeadline(new Date(expiresAt), locale) })}
      </p>
      <p className="text-sm">
        {t("timeLeft")}{" "}
        <Countdown
          until={expiresAt}
          className="font-semibold"
          expiredText={t("timeUp")}
          urgent={{ belowMs: HURRY_BELOW_MS, text: t("lessThanTwoMinutes") }}
        />
      </p>
    </div>
  );
}
