import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { buttonSecondary } from "@/components/ui/styles";
import { displayHtml, findMail } from "@/lib/sandbox/mailbox";
import { requireSandboxMode } from "@/lib/sandbox/next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sandbox.mailbox"))("messageTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function SandboxMailPage({ params }: Props) {
  await connection();
  const deps = requireSandboxMode();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [mail, t] = await Promise.all([
    deps.db().then((db) => findMail(db, Number(id))),
    getTranslations("sandbox.mailbox"),
  ]);
  if (!mail) notFound();
  // The framed HTML inherits this page's CSP: its style sheet carries the page's nonce.
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return (
    <article aria-labelledby="mail-subject" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 id="mail-subject" className="text-2xl font-bold tracking-tight">
            {mail.subject}
          </h1>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="text-ink-muted">{t("from")}</dt>
            <dd className="break-all">{mail.from}</dd>
            <dt className="text-ink-muted">{t("to")}</dt>
            <dd className="break-all">{mail.to}</dd>
            <dt className="text-ink-muted">{t("messageId")}</dt>
            <dd className="break-all">{mail.messageId}</dd>
          </dl>
        </div>
        <Link href="/sandbox/mailbox" className={buttonSecondary}>
          {t("all")}
        </Link>
      </div>
      <section aria-labelledby="html-heading" className="flex flex-col gap-2">
        <h2 id="html-heading" className="text-lg font-semibold">
          {t("htmlPart")}
        </h2>
        {/* No scripts, no same origin: the message is shown, never run. */}
        <iframe
          title={t("htmlPartOf", { subject: mail.subject })}
          sandbox=""
          srcDoc={displayHtml(mail, nonce)}
          className="h-[36rem] w-full rounded border border-surface-line bg-white"
        />
      </section>
      <section aria-labelledby="text-heading" className="flex flex-col gap-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          {t("textPart")}
        </h2>
        <pre className="overflow-x-auto rounded border border-surface-line p-3 text-sm whitespace-pre-wrap">
          {mail.text}
        </pre>
      </section>
      <details>
        <summary className="cursor-pointer text-sm">{t("raw")}</summary>
        <pre className="overflow-x-auto rounded border border-surface-line p-3 text-xs whitespace-pre-wrap">
          {mail.raw}
        </pre>
      </details>
    </article>
  );
}
