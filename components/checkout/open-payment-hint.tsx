import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HideOnPaths } from "./hide-on-paths";
import { currentOpenPayment, describeOpenPayment } from "./open-payment";

/**
 * The header's one-line reminder of the cart's open payment, streamed after the header (its query
 * never holds up the page). The cart and checkout pages show the full banner instead, and the
 * order and return pages show the payment itself.
 */
export async function OpenPaymentHint() {
  const open = await currentOpenPayment();
  if (!open) return null;
  const [t, words] = await Promise.all([getTranslations("common.openPayment"), describeOpenPayment(open)]);
  return (
    <HideOnPaths prefixes={["/cart", "/checkout", `/orders/${open.orderId}`, "/payment"]}>
      <p className="border-t border-surface-line bg-brand-50 px-4 py-2 text-center text-sm text-brand-900">
        {t("hint", { amount: words.amount, deadline: words.deadline })}{" "}
        <Link href={`/orders/${open.orderId}`} className="font-semibold underline">
          {t("link")}
        </Link>
      </p>
    </HideOnPaths>
  );
}
