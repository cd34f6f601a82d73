import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonPrimary } from "@/components/ui/styles";

/** "Page not found", inside whatever frame the page already has. */
export async function NotFoundMessage() {
  const t = await getTranslations("errorsPage");
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFound.heading")}</h1>
      <p className="text-ink-muted">{t("notFound.body")}</p>
      <Link href="/" className={buttonPrimary}>
        {t("backToShop")}
      </Link>
    </section>
  );
}
