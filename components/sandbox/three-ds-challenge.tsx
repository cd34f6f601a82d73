import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { PaymentPage } from "@/lib/sandbox/hosted-page";

const BRAND_NAMES: Record<string, string> = { VISA: "Visa", MASTERCARD: "Mastercard", JCB: "JCB" };

/** The issuer's 3-D Secure challenge, mocked: one button stands in for the cardholder's approval. */
export function ThreeDsChallenge({
  page,
  action,
}: {
  page: PaymentPage;
  action: (formData: FormData) => Promise<void>;
}) {
  const { session, charge } = page;
  const brand = charge?.card?.binInformations.brand;
  return (
    <article
      className={`${card} mx-auto flex max-w-md flex-col gap-4 p-6`}
      aria-labelledby="three-ds-heading"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">
        Harsya sandbox · mock 3-D Secure
      </p>
      <h1 id="three-ds-heading" className="text-2xl font-bold tracking-tight">
        Confirm your payment
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-ink-muted">Merchant</dt>
        <dd>{session.statementDescriptor}</dd>
        <dt className="text-ink-muted">Amount</dt>
        <dd>
          <Price amount={session.amount.value} className="font-semibold" />
        </dd>
        {charge?.card && (
          <>
            <dt className="text-ink-muted">Card</dt>
            <dd>
              {brand ? (BRAND_NAMES[brand] ?? brand) : "Card"} ending {charge.card.last4}
            </dd>
          </>
        )}
      </dl>
      <p className="text-sm text-ink-muted">
        Your bank would ask for a code or an approval in its app here. In the sandbox the test card decides
        the issuer&apos;s answer.
      </p>
      <form action={action}>
        <input type="hidden" name="token" value={page.token} />
        <button type="submit" className={buttonPrimary}>
          Authenticate
        </button>
      </form>
    </article>
  );
}
