import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WebhookDeliveries } from "@/components/admin/webhook-deliveries";
import { IntlIsland } from "@/components/ui/intl-island";
import { requireAdmin } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listWebhookDeliveries } from "@/lib/merchant-webhooks/admin";
import { database } from "@/lib/server/deps";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.webhooks");
  return { title: t("title") };
}

export default async function WebhookDeliveriesPage() {
  await requireAdmin("/admin/webhooks");
  const [deliveries, t] = await Promise.all([
    database().then((db) => listWebhookDeliveries(db)),
    getTranslations("admin.webhooks"),
  ]);
  const target = env().merchantWebhook?.url;
  return (
    <section
      aria-labelledby="webhooks-heading"
      className="flex min-w-0 flex-col gap-6 [overflow-wrap:anywhere]"
    >
      <div>
        <Link href="/admin" className="text-sm font-medium text-ink-muted">
          {t("kicker")}
        </Link>
        <h1 id="webhooks-heading" className="text-2xl font-bold tracking-tight">
          {t("heading")}
        </h1>
        <p className="text-sm text-ink-muted">{target ? t("sentTo", { url: target }) : t("notSet")}</p>
      </div>
      <IntlIsland namespaces={["admin"]}>
        <WebhookDeliveries deliveries={deliveries} />
      </IntlIsland>
    </section>
  );
}
