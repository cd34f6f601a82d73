import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonSecondary } from "@/components/ui/styles";
import { listMail } from "@/lib/sandbox/mailbox";
import { requireSandboxMode } from "@/lib/sandbox/next";

export const metadata: Metadata = { title: "Sandbox mailbox" };

const time = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Jakarta",
  }).format(date);

export default async function SandboxMailboxPage() {
  await connection();
  const deps = requireSandboxMode();
  const messages = await listMail(await deps.db());
  return (
    <section aria-labelledby="mailbox-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="mailbox-heading" className="text-2xl font-bold tracking-tight">
            Sandbox mailbox
          </h1>
          <p className="text-sm text-ink-muted">
            Every email the shop sent while no SMTP_URL is configured, newest first. Nothing here left this
            machine.
          </p>
        </div>
        <Link href="/sandbox/mailbox" className={buttonSecondary} prefetch={false}>
          Refresh
        </Link>
      </div>
      {messages.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-surface-line">
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2 pr-4">
                Subject
              </th>
              <th scope="col" className="py-2">
                Sent
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
                <td className="py-2 whitespace-nowrap">{time(message.receivedAt)} WIB</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
