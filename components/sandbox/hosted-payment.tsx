import { getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import { awaitsThreeDs, threeDsPath, type PageFormAction, type PaymentPage } from "@/lib/sandbox/hosted-page";
import type { SandboxCharge } from "@/lib/sandbox/session-object";
import { isOpen } from "@/lib/sandbox/state-machine";
import { BankPicker } from "./bank-picker";
import { CardDetails } from "./card-details";
import { MethodPicker } from "./method-picker";
import { PaymentInstructions } from "./payment-instructions";
import { ProcessingNotice } from "./processing-notice";
import { QrDetails } from "./qr-details";
import { SessionOutcome } from "./session-outcome";
import { SimulateForm } from "./simulate-form";
import { VirtualAccountDetails } from "./virtual-account-details";
import { WalletDetails } from "./wallet-details";

export interface HostedPaymentActions {
  chooseBank: (formData: FormData) => Promise<void>;
  chooseMethod: (formData: FormData) => Promise<void>;
  simulate: (formData: FormData) => Promise<void>;
  walletPhone: PageFormAction;
  walletOtp: PageFormAction;
  card: PageFormAction;
}

/**
 * The sandbox's hosted payment page: what the gateway's own page shows for each method (the bank
 * and number, the QRIS code, the wallet's steps, the card form) plus the controls that stand in
 * for the bank.
 */
export async function HostedPayment({
  page,
  now,
  actions,
  errors = {},
}: {
  page: PaymentPage;
  now: Date;
  actions: HostedPaymentActions;
  /** A picker submitted without a choice (no JavaScript). */
  errors?: { bank?: string; method?: string };
}) {
  const { session, charge } = page;
  const open = isOpen(session);
  const t = await getTranslations("sandbox.page");
  return (
    <article className={`${card} mx-auto flex max-w-2xl flex-col gap-6 p-6`} aria-labelledby="pay-heading">
      <header className="flex flex-col gap-1 border-b border-surface-line pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">{t("label")}</p>
        <h1 id="pay-heading" className="text-2xl font-bold tracking-tight">
          {t("heading", { merchant: session.statementDescriptor })}
        </h1>
        <p className="text-sm text-ink-muted">
          {t("amountDue")}{" "}
          <Price amount={session.amount.value} className="text-xl font-semibold text-brand-800" />
        </p>
        <p className="text-xs text-ink-muted">{t("reference", { reference: session.clientReferenceId })}</p>
      </header>

      {!open && (
        <>
          <SessionOutcome session={session} />
          {page.returnUrl && (
            <a href={page.returnUrl} className={`${buttonPrimary} self-start`}>
              {t("returnToMerchant")}
            </a>
          )}
        </>
      )}

      {open && session.status === "PROCESSING" && (
        <>
          <ProcessingNotice />
          <SimulateForm token={page.token} action={actions.simulate} />
        </>
      )}

      {open && session.status !== "PROCESSING" && charge && (
        <ChargeView page={page} charge={charge} now={now} actions={actions} />
      )}

      {open && !charge && (
        <>
          {page.methods.includes("VIRTUAL_ACCOUNT") && (
            <BankPicker
              token={page.token}
              preselected={page.methodOptions.channel}
              action={actions.chooseBank}
              error={errors.bank}
            />
          )}
          <MethodPicker
            token={page.token}
            methods={page.methods}
            methodOptions={page.methodOptions}
            action={actions.chooseMethod}
            error={errors.method}
          />
          <SimulateForm token={page.token} action={actions.simulate} expiryOnly />
        </>
      )}
    </article>
  );
}

/** One view per method, each followed by the sandbox controls. */
function ChargeView({
  page,
  charge,
  now,
  actions,
}: {
  page: PaymentPage;
  charge: SandboxCharge;
  now: Date;
  actions: HostedPaymentActions;
}) {
  const { token } = page;
  if (charge.virtualAccount) {
    const virtualAccount = charge.virtualAccount;
    return (
      <>
        <VirtualAccountDetails virtualAccount={virtualAccount} now={now} />
        <PaymentInstructions channel={virtualAccount.channel} />
        <SimulateForm token={token} action={actions.simulate} />
      </>
    );
  }
  if (charge.qr) {
    return (
      <>
        <QrDetails charge={{ ...charge, qr: charge.qr }} now={now} />
        <SimulateForm token={token} action={actions.simulate} />
      </>
    );
  }
  if (charge.ewallet) {
    return (
      <>
        <WalletDetails
          token={token}
          charge={{ ...charge, ewallet: charge.ewallet }}
          phoneAction={actions.walletPhone}
          otpAction={actions.walletOtp}
        />
        <SimulateForm token={token} action={actions.simulate} collapsed />
      </>
    );
  }
  return (
    <>
      <CardDetails
        token={token}
        threeDsHref={awaitsThreeDs(page) ? threeDsPath(token) : undefined}
        cardAction={actions.card}
      />
      <SimulateForm token={token} action={actions.simulate} collapsed />
    </>
  );
}
