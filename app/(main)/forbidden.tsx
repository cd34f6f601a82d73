import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StoreFrame } from "@/components/ui/store-frame";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

// Rendered with status 403 when a page calls forbidden(): signed in, but not allowed (e.g. /admin).
// Next renders it at the root layout (app/(main)/layout.tsx), outside the store's layout, so it
// brings the shop's frame itself (one header, one main).
export default async function Forbidden() {
  const t = await getTranslations("errorsPage");
  return (
    <StoreFrame>
      <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{t("forbidden.heading")}</h1>
        <p className="text-ink-muted">{t("forbidden.body")}</p>
        <div className="flex flex-wrap justify-center gap-3">
          <Link href="/" className={buttonPrimary}>
            {t("backToShop")}
          </Link>
          <Link href="/signout" className={buttonSecondary}>
            {t("forbidden.switchAccount")}
          </Link>
        </div>
      </section>
    </StoreFrame>
  );
}
