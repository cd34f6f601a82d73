import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type Namespace } from "@/lib/i18n/catalogue";
import { SHOP_TIME_ZONE } from "@/lib/time";

/**
 * Gives the client components inside it the words of the named namespaces only: a Server
 * Component renders this around an island, so the browser receives what the island says and no
 * more of the catalogue. Server Components translate with `getTranslations` and ship nothing.
 */
export async function IntlIsland({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={pickMessages(locale, namespaces)}
      timeZone={SHOP_TIME_ZONE}
    >
      {children}
    </NextIntlClientProvider>
  );
}
