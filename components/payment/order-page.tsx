import { notFound } from "next/navigation";
import { OrderSummary } from "@/components/checkout/order-summary";
import { PayAgainOffer } from "@/components/pay-again/pay-again-offer";
import { QueryProvider } from "@/components/query-provider";
import { viewOrder } from "@/lib/checkout/status";
import { VA_CHANNELS } from "@/lib/harsya";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";
import { OrderStatusPanel } from "./order-status-panel";
import { VaInstructions } from "./va-instructions";

/**
 * Shared by the return pages and /orders/[id]: renders the server-verified state of an order the
 * viewer may see (anyone else gets the 404 page), then the panel keeps it current.
 */
export async function OrderPage({ orderId }: { orderId: string | undefined }) {
  const view = orderId ? await viewOrder(await appDeps(), orderId, await currentViewer()) : undefined;
  if (!view) notFound();
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <QueryProvider>
        <OrderStatusPanel
          initial={view}
          channels={VA_CHANNELS}
          vaHelp={
            view.vaNumber && view.channel ? (
              <VaInstructions channel={view.channel} vaNumber={view.vaNumber} amount={view.amount} />
            ) : undefined
          }
        />
      </QueryProvider>
      <OrderSummary title="Your order" lines={view.items} total={view.amount} />
      <PayAgainOffer orderId={view.id} status={view.status} />
    </div>
  );
}
