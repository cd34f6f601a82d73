"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { OrderAnswerCheck } from "@/lib/api/answer-checks";
import { apiFetch } from "@/lib/api-client";
import type { OrderStatus } from "@/lib/orders/state";
import { orderFingerprint, pollInterval } from "./poll-interval";

type Props = { orderId: string; status: OrderStatus; fingerprint: string };

/** The order page's polling (loaded lazily by OrderPoller): renders nothing itself. */
export function OrderPolling(props: Props) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <Poll {...props} />
    </QueryClientProvider>
  );
}

function Poll({ orderId, status, fingerprint }: Props) {
  const router = useRouter();
  const [startedAt] = useState(() => Date.now());
  // The status API re-syncs with the gateway; the page is rendered on the server from the same view.
  const { data, dataUpdatedAt } = useQuery({
    queryKey: ["order", orderId],
    queryFn: () =>
      apiFetch(`/api/orders/${encodeURIComponent(orderId)}`, OrderAnswerCheck).then((body) => body.order),
    refetchInterval: (query) => pollInterval(query.state.data?.status ?? status, Date.now() - startedAt),
    refetchIntervalInBackground: false,
    retry: 3,
  });

  // Each answer that differs from what is shown (checked again on every answer) brings a new render.
  useEffect(() => {
    if (data && orderFingerprint(data) !== fingerprint) router.refresh();
  }, [data, dataUpdatedAt, fingerprint, router]);
  return null;
}
