import { notFound } from "next/navigation";
import { OrderSummary } from "@/components/checkout/order-summary";
import { QueryProvider } from "@/components/query-provider";
import { currentOrderView, findViewableOrder } from "@/lib/checkout";
import { VA_CHANNELS } from "@/lib/harsya";
import { OrderStatusPanel } from "./order-status-panel";

/**
 * Shared by the return pages and /orders/[id]: renders the server-verified state of an order the
 * viewer may see (anyone else gets the 404 page), then the panel keeps it current.
 */
export async function OrderPage({ orderId }: { orderId: string | undefined }) {
  const detail = orderId ? await findViewableOrder(orderId) : undefined;
  if (!detail) notFound();
  const view = await currentOrderView(detail);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <QueryProvider>
        <OrderStatusPanel initial={view} channels={VA_CHANNELS} />
      </QueryProvider>
      <OrderSummary title="Your order" lines={view.items} total={view.amount} />
    </div>
  );
}
