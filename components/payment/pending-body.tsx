import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { formatRupiah } from "@/lib/money";
import { MethodChooser } from "./method-chooser";
import { MethodDetails } from "./method-details";
import { PaymentDeadline } from "./payment-deadline";

/** A pending order: choose the bank (two-step), or how to pay the method already chosen. */
export function PendingBody({
  order,
  channels,
  vaHelp,
}: {
  order: OrderView;
  channels: readonly string[];
  vaHelp?: ReactNode;
}) {
  const t = useTranslations("payment.pending");
  if (order.awaitingMethod) {
    // One primary action: choosing the bank. The payment page is the way out for other methods.
    return (
      <>
        <PaymentDeadline expiresAt={order.expiresAt} />
        <p>{t("chooseBank", { amount: formatRupiah(order.amount) })}</p>
        <MethodChooser orderId={order.id} channels={channels} />
        {order.paymentUrl && (
          <p className="text-sm">
            {t("otherWays")}{" "}
            <a href={order.paymentUrl} className="font-medium text-brand-700 underline">
              {t("continueToPayment")}
            </a>
          </p>
        )}
      </>
    );
  }
  if (!order.paymentUrl) {
    return (
      <>
        <p>{t("noSession")}</p>
        <Link href="/checkout" className={buttonPrimary}>
          {t("tryAgain")}
        </Link>
      </>
    );
  }
  return (
    <>
      <p>{t("waiting")}</p>
      <PaymentDeadline expiresAt={order.expiresAt} />
      <MethodDetails order={order} vaHelp={vaHelp} />
      {order.method !== "EWALLET" && (
        <a href={order.paymentUrl} className={order.vaNumber ? buttonSecondary : buttonPrimary}>
          {t("continueToPayment")}
        </a>
      )}
    </>
  );
}
