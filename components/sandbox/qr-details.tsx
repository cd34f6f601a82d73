import { getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/money";
import { qrSvgDataUrl } from "@/lib/sandbox/qr-image";
import type { SandboxCharge } from "@/lib/sandbox/session-object";
import { ExpiryCountdown } from "./expiry-countdown";

type QrCharge = SandboxCharge & { qr: NonNullable<SandboxCharge["qr"]> };

/** The QRIS code, drawn on the server as an SVG image, and how long it can be paid. */
export async function QrDetails({ charge, now }: { charge: QrCharge; now: Date }) {
  const { qr } = charge;
  const [src, t] = await Promise.all([qrSvgDataUrl(qr.qrContent), getTranslations("sandbox.qr")]);
  return (
    <section aria-labelledby="qr-heading" className="flex flex-col gap-3">
      <h2 id="qr-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      {/* A data URL drawn on the server: nothing for next/image to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={src}
        alt={t("alt", { amount: formatRupiah(charge.amount.value) })}
        width={240}
        height={240}
        className="self-start rounded-lg border border-surface-line bg-white p-2"
      />
      <p className="text-sm text-ink-muted">{t("how", { merchant: qr.merchantName })}</p>
      <ExpiryCountdown
        label={t("validFor")}
        expiryAt={qr.expiryAt}
        initialMs={Date.parse(qr.expiryAt) - now.getTime()}
      />
      <details className="rounded-lg border border-surface-line px-4 py-2 text-sm">
        <summary className="cursor-pointer py-1 font-medium">{t("data")}</summary>
        <p className="break-all py-2 font-mono text-xs" data-testid="qr-content">
          {qr.qrContent}
        </p>
      </details>
    </section>
  );
}
