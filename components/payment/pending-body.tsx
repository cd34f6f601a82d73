import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { bankName } from "@/lib/banks";
import { formatRupiah } from "@/lib/money";
import { MethodChooser } from "./method-chooser";
import { MethodDetails } from "./method-details";
import { PaymentDeadline } from "./payment-deadline";

/** A pending order: choose the bank (two-step), or how to pay the method already chosen. */
export async function PendingBody({
  order,
  channels,
  vaHelp,
}: {
  order: OrderView;
  channels: readonly string[];
  vaHelp?: ReactNode;
}) {
  const t = await getTranslations("payment");
  if (order.awaitingMethod) {
    // One primary action: choosing the bank. The payment page is the way out for other methods.
    return (
      <>
        <PaymentDeadline expiresAt={order.expiresAt} />
        <p>{t("pending.chooseBank", { amount: formatRupiah(order.amount) })}</p>
        <MethodChooser
          orderId={order.id}
          options={channels.map((channel) => ({
            value: channel,
            label: channel,
            description: bankName(channel),
          }))}
          words={{ legend: t("chooser.legend"), submit: t("chooser.submit") }}
        />
        {order.paymentUrl && (
          <p className="text-sm">
            {t("pending.otherWays")}{" "}
            <a href={order.paymentUrl} className="font-medium text-brand-700 underline">
              {t("pending.continueToPayment")}
            </a>
          </p>
        )}
      </>
    );
  }
  if (!order.paymentUrl) {
    return (
      <>
        <p>{t("pending.noSession")}</p>
        <Link href="/checkout" className={buttonPrimary}>
          {t("pending.tryAgain")}
        </Link>
      </>
    );
  }
  return (
    <>
      <p>{t("pending.waiting")}</p>
      <PaymentDeadline expiresAt={order.expiresAt} />
      <MethodDetails order={order} vaHelp={vaHelp} />
      {order.method !== "EWALLET" && (
        <a href={order.paymentUrl} className={order.vaNumber ? buttonSecondary : buttonPrimary}>
          {t("pending.continueToPayment")}
        </a>
      )}
    </>
  );
}
