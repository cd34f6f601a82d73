import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Countdown } from "@/components/ui/countdown";
import { Price } from "@/components/ui/price";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { OrderView } from "@/lib/api/schemas";
import { bankName } from "@/lib/banks";
import { WALLET_NAMES } from "@/lib/checkout/payment-choice";
import { formatRupiah } from "@/lib/money";

const CARD_BRANDS: Record<string, string> = { VISA: "Visa", MASTERCARD: "Mastercard", JCB: "JCB" };

/** "Visa ending 0001". */
export function cardLabel(card: NonNullable<OrderView["card"]>): string {
  const brand = card.brand ? (CARD_BRANDS[card.brand] ?? card.brand) : "Card";
  return `${brand} ending ${card.last4}`;
}

/** What to pay with, for a pending order: the VA number, the QR code, the wallet or the card. */
export function MethodDetails({ order, vaHelp }: { order: OrderView; vaHelp?: ReactNode }) {
  if (order.vaNumber) return <VirtualAccount order={order} vaNumber={order.vaNumber} vaHelp={vaHelp} />;
  if (order.qr) return <Qr order={order} qr={order.qr} />;
  if (order.method === "EWALLET" && order.channel && order.paymentUrl) return <Wallet order={order} />;
  if (order.card) return <p>Paying with {cardLabel(order.card)}.</p>;
  return null;
}

function VirtualAccount({
  order,
  vaNumber,
  vaHelp,
}: {
  order: OrderView;
  vaNumber: string;
  vaHelp?: ReactNode;
}) {
  return (
    <>
      <dl className="grid gap-3 rounded-lg bg-surface-sunken p-4 sm:grid-cols-2">
        <div>
          <dt className="text-xs text-ink-muted">Bank</dt>
          <dd className="font-semibold">
            {order.channel}{" "}
            <span className="font-normal text-ink-muted">{order.channel ? bankName(order.channel) : ""}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Amount</dt>
          <dd>
            <Price amount={order.amount} className="font-semibold" />
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-xs text-ink-muted">Virtual account number</dt>
          <dd className="flex items-center gap-3">
            <span className="font-mono text-xl tracking-wider" data-testid="va-number">
              {vaNumber}
            </span>
            <CopyButton value={vaNumber} label="Copy virtual account number" />
          </dd>
        </div>
      </dl>
      {vaHelp}
    </>
  );
}

function Qr({ order, qr }: { order: OrderView; qr: NonNullable<OrderView["qr"]> }) {
  return (
    <section aria-labelledby="qr-heading" className="flex flex-col gap-3">
      <h2 id="qr-heading" className="text-base font-semibold">
        Scan to pay with QRIS
      </h2>
      {/* A PNG drawn on our server from the stored QRIS string: nothing for next/image to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={qr.imageUrl}
        alt={`QRIS code for ${formatRupiah(order.amount)}`}
        width={240}
        height={240}
        className="self-start rounded-lg border border-surface-line bg-white p-2"
      />
      <p className="text-sm">
        Open any banking or e-wallet app that takes QRIS, scan the code and confirm the payment.
      </p>
      <p className="text-sm">
        QR code valid for: <Countdown until={qr.expiresAt} />
      </p>
      <a href={qr.downloadUrl} download className={`${buttonSecondary} self-start`}>
        Download QR code
      </a>
    </section>
  );
}

function Wallet({ order }: { order: OrderView }) {
  const wallet = WALLET_NAMES[order.channel ?? ""] ?? order.channel ?? "your e-wallet";
  const pushed = order.channel === "OVO" && order.walletPhone;
  return (
    <section aria-labelledby="wallet-heading" className="flex flex-col gap-3">
      <h2 id="wallet-heading" className="text-base font-semibold">
        Pay with {wallet}
      </h2>
      <p className="text-sm">
        {pushed
          ? `${wallet} sends a payment request to 0${order.walletPhone}. Open ${wallet} on that phone and approve it with your PIN.`
          : `Open ${wallet}, sign in with your phone number and approve the payment with your PIN.`}
      </p>
      <a href={order.paymentUrl ?? ""} className={`${buttonPrimary} self-start`}>
        Open {wallet}
      </a>
    </section>
  );
}
