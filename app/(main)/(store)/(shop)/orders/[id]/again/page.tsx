import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgainLines } from "@/components/pay-again/again-lines";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { canPayAgain, payAgainAccess, planPayAgain } from "@/lib/pay-again/again";
import { PAY_AGAIN_LINK_DAYS } from "@/lib/pay-again/token";
import { appDeps } from "@/lib/server/deps";
import { currentViewer } from "@/lib/server/viewer";
import { payAgainAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payAgain");
  // The page's URL may carry the emailed token: never hand it to another site.
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ token?: string | string[]; failed?: string | string[] }>;
};

/**
 * An ended order, read-only, for its own browser or the holder of its emailed link: what it held,
 * today's prices and stock, and one button (a POST) to order it again.
 */
export default async function PayAgainPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const token = typeof query.token === "string" ? query.token : undefined;
  const deps = await appDeps();
  const t = await getTranslations("payAgain");
  const access = await payAgainAccess(
    { db: deps.db, secret: deps.config.auth.secret, now: deps.clock.now() },
    { orderId: id, token, viewer: await currentViewer() },
  );
  if (!access.ok && access.reason === "expired") {
    return (
      <section aria-labelledby="again-heading" className={`${card} flex max-w-2xl flex-col gap-4 p-6`}>
        <h1 id="again-heading" className="text-2xl font-bold tracking-tight">
          {t("linkExpired.heading")}
        </h1>
        <p>{t("linkExpired.body", { days: PAY_AGAIN_LINK_DAYS })}</p>
        <Link href="/" className={buttonSecondary}>
          {t("toShop")}
        </Link>
      </section>
    );
  }
  if (!access.ok) notFound();
  const { order } = access.detail;
  const plan = await planPayAgain(deps.db, access.detail);
  const available = plan.lines.some((line) => line.quantity > 0);
  return (
    <section aria-labelledby="again-heading" className={`${card} flex max-w-2xl flex-col gap-5 p-6`}>
      <h1 id="again-heading" className="text-2xl font-bold tracking-tight">
        {t("heading", { reference: order.reference })}
      </h1>
      {canPayAgain(order.status) ? (
        <>
          {/* i18n-dynamic: payAgain.ended */}
          <p>{t(`ended.${order.status as "EXPIRED" | "FAILED" | "CANCELLED"}`)}</p>
          <AgainLines plan={plan} />
          {query.failed && <p className="font-medium text-danger-700">{t("failed")}</p>}
          {available ? (
            <form action={payAgainAction} className="flex flex-col gap-3">
              <input type="hidden" name="orderId" value={order.id} />
              {token && <input type="hidden" name="token" value={token} />}
              <p className="text-sm text-ink-muted">{t("readOnly")}</p>
              <button type="submit" className={`${buttonPrimary} self-start`}>
                {t("action")}
              </button>
            </form>
          ) : (
            <>
              <p className="font-medium">{t("nothingLeft")}</p>
              <Link href="/" className={`${buttonSecondary} self-start`}>
                {t("toShop")}
              </Link>
            </>
          )}
        </>
      ) : (
        <>
          {/* i18n-dynamic: payAgain.notEnded */}
          <p>{t(`notEnded.${order.status as "PAID" | "PENDING_PAYMENT"}`)}</p>
          <Link href={`/orders/${encodeURIComponent(order.id)}`} className={`${buttonSecondary} self-start`}>
            {t("toOrder")}
          </Link>
        </>
      )}
    </section>
  );
}
