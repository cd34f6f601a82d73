import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/errors/not-found-message";
import { StoreFrame } from "@/components/ui/store-frame";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errorsPage");
  return { title: t("notFound.heading") };
}

// A URL that matches no route. The shop has two root layouts (app/(main), app/(catalog)), so this
// page brings its own document and the shop's frame.
export default async function GlobalNotFound() {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <StoreFrame>
          <NotFoundMessage />
        </StoreFrame>
      </body>
    </html>
  );
}
