import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { connection } from "next/server";
import { buttonSecondary } from "@/components/ui/styles";
import { listMail } from "@/lib/sandbox/mailbox";
import { requireSandboxMode } from "@/lib/sandbox/next";
import { DATE_LOCALE, type Locale } from "@/lib/i18n/locales";

/** "26 Nov 2026, 15:36:09 WIB", in the page's language (the sandbox keeps its own clock words). */
const time = (date: Date, locale: Locale) =>
  `${new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Jakarta",
  }).format(date)} WIB`;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sandbox.mailbox"))("title") };
}

export default async function SandboxMailboxPage() {
  await connection();
  const deps = requireSandboxMode();
  const [messages, t, locale] = await Promise.all([
    deps.db().then(listMail),
    getTranslations("sandbox.mailbox"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="mailbox-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="mailbox-heading" className="text-2xl font-bold tracking-tight">
            {t("title")}
          </h1>
          <p className="text-sm text-ink-muted">{t("intro")}</p>
        </div>
        <Link href="/sandbox/mailbox" className={buttonSecondary} prefetch={false}>
          {t("refresh")}
        </Link>
      </div>
      {messages.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-surface-line">
              <th scope="col" className="py-2 pr-4">
                {t("to")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("subject")}
              </th>
              <th scope="col" className="py-2">
                {t("sent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-surface-line">
                <td className="py-2 pr-4 break-all">{message.to}</td>
                <td className="py-2 pr-4">
                  {/* A full page load: the message's frame needs that page's own CSP nonce. */}
                  <a href={`/sandbox/mailbox/${message.id}`} className="underline">
                    {message.subject}
                  </a>
                </td>
                <td className="py-2 whitespace-nowrap">{time(message.receivedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
