import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonSecondary, card } from "@/components/ui/styles";
import type { OrderStatus } from "@/lib/orders/state";
import { canPayAgain } from "@/lib/pay-again/again";

/**
 * On an expired, failed or cancelled order's page: the way to order the same items again. Without
 * a status it always renders, for the order panel's slot that shows it once the order has closed.
 */
export async function PayAgainOffer({ orderId, status }: { orderId: string; status?: OrderStatus }) {
  if (status && !canPayAgain(status)) return null;
  const t = await getTranslations("payAgain");
  return (
    <section aria-label={t("title")} className={`${card} flex flex-col items-start gap-3 p-5`}>
      <p>{t("offer")}</p>
      <Link href={`/orders/${encodeURIComponent(orderId)}/again`} className={buttonSecondary}>
        {t("action")}
      </Link>
    </section>
  );
}
