import { getTranslations } from "next-intl/server";
import { Price } from "@/components/ui/price";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { PaymentPage } from "@/lib/sandbox/hosted-page";

const BRAND_NAMES: Record<string, string> = { VISA: "Visa", MASTERCARD: "Mastercard", JCB: "JCB" };

/** The issuer's 3-D Secure challenge, mocked: one button stands in for the cardholder's approval. */
export async function ThreeDsChallenge({
  page,
  action,
}: {
  page: PaymentPage;
  action: (formData: FormData) => Promise<void>;
}) {
  const { session, charge } = page;
  const brand = charge?.card?.binInformations.brand;
  const t = await getTranslations("sandbox.threeDs");
  return (
    <article
      className={`${card} mx-auto flex max-w-md flex-col gap-4 p-6`}
      aria-labelledby="three-ds-heading"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">{t("label")}</p>
      <h1 id="three-ds-heading" className="text-2xl font-bold tracking-tight">
        {t("heading")}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-ink-muted">{t("merchant")}</dt>
        <dd>{session.statementDescriptor}</dd>
        <dt className="text-ink-muted">{t("amount")}</dt>
        <dd>
          <Price amount={session.amount.value} className="font-semibold" />
        </dd>
        {charge?.card && (
          <>
            <dt className="text-ink-muted">{t("card")}</dt>
            <dd>
              {t("cardEnding", {
                brand: brand ? (BRAND_NAMES[brand] ?? brand) : t("anyCard"),
                last4: charge.card.last4,
              })}
            </dd>
          </>
        )}
      </dl>
      <p className="text-sm text-ink-muted">{t("explain")}</p>
      <form action={action}>
        <input type="hidden" name="token" value={page.token} />
        <button type="submit" className={buttonPrimary}>
          {t("authenticate")}
        </button>
      </form>
    </article>
  );
}
