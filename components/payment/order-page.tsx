import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { OrderSummary } from "@/components/checkout/order-summary";
import { OrderLink } from "@/components/orders/order-link";
import { PayAgainOffer } from "@/components/pay-again/pay-again-offer";
import { viewOrder } from "@/lib/checkout/status";
import { VA_CHANNELS } from "@/lib/harsya";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";
import { OrderStatusPanel } from "./order-status-panel";
import { VaInstructions } from "./va-instructions";

/**
 * Shared by the return pages and /orders/[id]: renders the server-verified state of an order the
 * viewer may see (anyone else gets the 404 page); while it is pending, the panel keeps it current.
 *
 * `closedActions` is the slot for what a failed, expired or cancelled order offers besides a new
 * checkout (paying the same order again): rendered on the server, shown by the panel in those states.
 */
export async function OrderPage({
  orderId,
  closedActions,
}: {
  orderId: string | undefined;
  closedActions?: ReactNode;
}) {
  const view = orderId ? await viewOrder(await appDeps(), orderId, await currentViewer()) : undefined;
  if (!view) notFound();
  const t = await getTranslations("orders");
  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <OrderStatusPanel
          order={view}
          channels={VA_CHANNELS}
          closedActions={closedActions ?? <PayAgainOffer orderId={view.id} />}
          vaHelp={
            view.vaNumber && view.channel ? (
              <VaInstructions channel={view.channel} vaNumber={view.vaNumber} amount={view.amount} />
            ) : undefined
          }
        />
        <OrderLink orderId={view.id} />
      </div>
      {/* A long product name wraps inside the card instead of widening the page on a phone. */}
      <div className="min-w-0 wrap-anywhere">
        <OrderSummary title={t("summaryTitle")} lines={view.items} total={view.amount} />
      </div>
    </div>
  );
}
