"use client";

import dynamic from "next/dynamic";
import type { OrderStatus } from "@/lib/orders/state";

// TanStack Query and the polling load after the page has shown: not part of its first-load JS.
const OrderPolling = dynamic(() => import("./order-polling").then((module) => module.OrderPolling), {
  ssr: false,
});

/**
 * Keeps a pending order's page current: polls the status API and, when the answer differs from
 * what the page shows, asks the server for a new render. A final order's page loads nothing.
 */
export function OrderPoller(props: { orderId: string; status: OrderStatus; fingerprint: string }) {
  return props.status === "PENDING_PAYMENT" ? <OrderPolling {...props} /> : null;
}
