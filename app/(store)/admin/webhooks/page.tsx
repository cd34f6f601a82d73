import type { Metadata } from "next";
import Link from "next/link";
import { WebhookDeliveries } from "@/components/admin/webhook-deliveries";
import { requireAdmin } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listWebhookDeliveries } from "@/lib/merchant-webhooks/admin";
import { database } from "@/lib/server/deps";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookDeliveriesPage() {
  await requireAdmin("/admin/webhooks");
  const deliveries = await listWebhookDeliveries(await database());
  const target = env().merchantWebhook?.url;
  return (
    <section aria-labelledby="webhooks-heading" className="flex flex-col gap-6">
      <div>
        <Link href="/admin" className="text-sm font-medium text-ink-muted">
          Merchant dashboard
        </Link>
        <h1 id="webhooks-heading" className="text-2xl font-bold tracking-tight">
          Webhook deliveries
        </h1>
        <p className="text-sm text-ink-muted">
          {target
            ? `Signed order events are sent to ${target}.`
            : "MERCHANT_WEBHOOK_URL is not set: no webhooks are written or sent."}
        </p>
      </div>
      <WebhookDeliveries deliveries={deliveries} />
    </section>
  );
}
