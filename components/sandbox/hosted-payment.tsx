import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { PaymentPage } from "@/lib/sandbox/hosted-page";
import { isOpen } from "@/lib/sandbox/state-machine";
import { BankPicker } from "./bank-picker";
import { PaymentInstructions } from "./payment-instructions";
import { SessionOutcome } from "./session-outcome";
import { SimulateForm } from "./simulate-form";
import { VirtualAccountDetails } from "./virtual-account-details";

/**
 * The sandbox's hosted payment page: what the gateway's own page shows (merchant, amount, bank,
 * number, countdown, how to pay) plus the controls that stand in for the bank.
 */
export function HostedPayment({
  page,
  now,
  chooseBank,
  simulate,
  error,
}: {
  page: PaymentPage;
  now: Date;
  chooseBank: (formData: FormData) => Promise<void>;
  simulate: (formData: FormData) => Promise<void>;
  error?: string;
}) {
  const { session, charge } = page;
  const open = isOpen(session);
  return (
    <article className={`${card} mx-auto flex max-w-2xl flex-col gap-6 p-6`} aria-labelledby="pay-heading">
      <header className="flex flex-col gap-1 border-b border-surface-line pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">
          Harsya sandbox · payment page
        </p>
        <h1 id="pay-heading" className="text-2xl font-bold tracking-tight">
          Pay {session.statementDescriptor}
        </h1>
        <p className="text-sm text-ink-muted">
          Amount due <Price amount={session.amount.value} className="text-xl font-semibold text-brand-800" />
        </p>
        <p className="text-xs text-ink-faint">Reference {session.clientReferenceId}</p>
      </header>

      {!open && (
        <>
          <SessionOutcome session={session} />
          {page.returnUrl && (
            <a href={page.returnUrl} className={`${buttonPrimary} self-start`}>
              Return to merchant
            </a>
          )}
        </>
      )}

      {open && charge && (
        <>
          <VirtualAccountDetails charge={charge} now={now} />
          <PaymentInstructions channel={charge.virtualAccount.channel} />
          <SimulateForm token={page.token} action={simulate} />
        </>
      )}

      {open && !charge && (
        <>
          <BankPicker
            token={page.token}
            preselected={page.methodOptions.channel}
            action={chooseBank}
            error={error}
          />
          <SimulateForm token={page.token} action={simulate} expiryOnly />
        </>
      )}
    </article>
  );
}
