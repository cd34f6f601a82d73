import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";
import type { PageFormAction } from "@/lib/sandbox/hosted-page";
import { TEST_CARDS } from "@/lib/sandbox/test-cards";
import { CardForm } from "./card-form";

/** The card form, or, once a card waits for its issuer, the way on to the mock 3-D Secure page. */
export function CardDetails({
  token,
  threeDsHref,
  cardAction,
}: {
  token: string;
  /** Set when the card entered waits on the 3-D Secure page. */
  threeDsHref?: string;
  cardAction: PageFormAction;
}) {
  if (threeDsHref) {
    return (
      <section aria-labelledby="card-heading" className="flex flex-col gap-3">
        <h2 id="card-heading" className="text-base font-semibold">
          Your bank wants to confirm this payment
        </h2>
        <Link href={threeDsHref} className={`${buttonPrimary} self-start`} prefetch={false}>
          Continue to 3-D Secure
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="card-heading" className="flex flex-col gap-4">
      <h2 id="card-heading" className="text-base font-semibold">
        Pay by card
      </h2>
      <CardForm token={token} action={cardAction} />
      <details className="rounded-lg border border-surface-line px-4 py-2 text-sm">
        <summary className="cursor-pointer py-1 font-medium">Sandbox test cards</summary>
        <p className="pt-2 text-ink-muted">Any future expiry date and any 3-digit CVV.</p>
        <ul className="space-y-1 py-2 text-ink-muted">
          {TEST_CARDS.map((row) => (
            <li key={row.numbers.VISA}>
              {row.label}: <span className="font-mono">{row.numbers.VISA}</span>
            </li>
          ))}
          <li>Any other valid Visa, Mastercard or JCB number is approved without a challenge.</li>
        </ul>
      </details>
    </section>
  );
}
