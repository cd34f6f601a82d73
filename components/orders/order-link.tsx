import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/ui/copy-button";
import { card } from "@/components/ui/styles";
import { env } from "@/lib/env";

/** The order's own page as an absolute link, to keep and come back to (from any device, via lookup). */
export async function OrderLink({ orderId }: { orderId: string }) {
  const t = await getTranslations("orders.copyLink");
  const url = new URL(`/orders/${encodeURIComponent(orderId)}`, env().appUrl).toString();
  return (
    <div className={`${card} flex min-w-0 flex-col gap-2 p-4 text-sm`}>
      <p className="text-ink-muted">{t("hint")}</p>
      <p className="font-mono text-xs break-all" data-testid="order-link">
        {url}
      </p>
      <CopyButton
        value={url}
        label={t("button")}
        text={t("button")}
        copiedText={t("copied")}
        failedText={t("failed")}
      />
    </div>
  );
}
