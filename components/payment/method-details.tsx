import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Countdown } from "@/components/ui/countdown";
import { Price } from "@/components/ui/price";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { bankName } from "@/lib/banks";
import { WALLET_NAMES } from "@/lib/checkout/payment-choice";
import { formatRupiah } from "@/lib/money";
import { methodLabeller } from "./method-label";
import { VaNumber } from "./va-number";

/** What to pay with, for a pending order: the VA number, the QR code, the wallet or the card. */
export async function MethodDetails({ order, vaHelp }: { order: OrderView; vaHelp?: ReactNode }) {
  if (order.vaNumber) return <VirtualAccount order={order} vaNumber={order.vaNumber} vaHelp={vaHelp} />;
  if (order.qr) return <Qr order={order} qr={order.qr} />;
  if (order.method === "EWALLET" && order.channel && order.paymentUrl) return <Wallet order={order} />;
  if (!order.card) return null;
  const [t, methodLabel] = await Promise.all([getTranslations("payment.card"), methodLabeller()]);
  return <p>{t("payingWith", { card: methodLabel(order) })}</p>;
}

async function VirtualAccount({
  order,
  vaNumber,
  vaHelp,
}: {
  order: OrderView;
  vaNumber: string;
  vaHelp?: ReactNode;
}) {
  const t = await getTranslations("payment");
  const copyWords = { text: t("copy.button"), copiedText: t("copy.copied"), failedText: t("copy.failed") };
  return (
    <>
      <dl className="grid min-w-0 gap-4 rounded-lg bg-surface-sunken p-4 sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-xs text-ink-muted">{t("va.bank")}</dt>
          <dd className="font-semibold break-words">
            {order.channel}{" "}
            <span className="font-normal text-ink-muted">{order.channel ? bankName(order.channel) : ""}</span>
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs text-ink-muted">{t("va.amount")}</dt>
          <dd className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Price amount={order.amount} className="text-lg font-semibold" />
            <CopyButton value={String(order.amount)} label={t("copy.amount")} {...copyWords} />
          </dd>
        </div>
        <div className="min-w-0 sm:col-span-2">
          <dt className="text-xs text-ink-muted">{t("va.number")}</dt>
          <dd className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <VaNumber value={vaNumber} />
            <CopyButton value={vaNumber} label={t("copy.vaNumber")} {...copyWords} />
          </dd>
        </div>
      </dl>
      {vaHelp}
    </>
  );
}

async function Qr({ order, qr }: { order: OrderView; qr: NonNullable<OrderView["qr"]> }) {
  const t = await getTranslations("payment");
  return (
    <section aria-labelledby="qr-heading" className="flex flex-col gap-3">
      <h2 id="qr-heading" className="text-base font-semibold">
        {t("qr.heading")}
      </h2>
      {/* A PNG drawn on our server from the stored QRIS string: nothing for next/image to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={qr.imageUrl}
        alt={t("qr.alt", { amount: formatRupiah(order.amount) })}
        width={240}
        height={240}
        className="h-auto max-w-full self-start rounded-lg border border-surface-line bg-white p-2"
      />
      <p className="text-sm">{t("qr.howTo")}</p>
      <p className="text-sm">
        {t("qr.validFor")} <Countdown until={qr.expiresAt} expiredText={t("pending.timeUp")} />
      </p>
      <a href={qr.downloadUrl} download className={`${buttonSecondary} self-start`}>
        {t("qr.download")}
      </a>
    </section>
  );
}

async function Wallet({ order }: { order: OrderView }) {
  const t = await getTranslations("payment.wallet");
  const wallet = (order.channel && WALLET_NAMES[order.channel]) || order.channel || t("fallbackName");
  const pushed = order.channel === "OVO" && order.walletPhone;
  return (
    <section aria-labelledby="wallet-heading" className="flex flex-col gap-3">
      <h2 id="wallet-heading" className="text-base font-semibold">
        {t("heading", { wallet })}
      </h2>
      <p className="text-sm">
        {pushed ? t("pushed", { wallet, phone: String(order.walletPhone) }) : t("open", { wallet })}
      </p>
      <a href={order.paymentUrl ?? ""} className={`${buttonPrimary} self-start`}>
        {t("button", { wallet })}
      </a>
    </section>
  );
}
