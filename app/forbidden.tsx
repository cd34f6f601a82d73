import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

// Rendered with status 403 when a page calls forbidden(): signed in, but not allowed (e.g. /admin).
// Only the store's pages call it, and their layout's frame stays around this (one header, one main).
export default async function Forbidden() {
  const t = await getTranslations("errorsPage");
  return (
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
  );
}
