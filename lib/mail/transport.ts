import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import type { SendResult } from "@/lib/outbox/deliver";
import type { ComposedMail } from "./compose";

/** One email ready to go: the outbox row's id is its Message-ID, the same on every retry. */
export interface OutgoingMail extends ComposedMail {
  id: string;
  from: string;
  to: string;
}

/** Where emails go; it reports (never throws) what the receiving server said. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendResult>;
}

/** How long an SMTP server has to connect, greet and answer each command. */
const SMTP_TIMEOUT_MS = 15_000;

export function mimeOptions(mail: OutgoingMail): Mail.Options {
  return {
    messageId: `<${mail.id}@harsya-checkout>`,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    attachments: mail.attachments.map((a) => ({ ...a, contentDisposition: "inline" as const })),
  };
}

function failure(error: unknown): SendResult {
  const code = (error as { responseCode?: unknown }).responseCode;
  const message = error instanceof Error ? error.message : "failed";
  return {
    delivered: false,
    status: typeof code === "number" ? code : null,
    response: message.slice(0, 300),
  };
}

/** Real SMTP through nodemailer: delivered when the server accepted the message (2xx). */
export function smtpTransport(url: string, timeoutMs = SMTP_TIMEOUT_MS): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      try {
        const info = await transporter.sendMail(mimeOptions(mail));
        const status = Number(/^(\d{3})/.exec(info.response)?.[1] ?? 250);
        return { delivered: true, status, response: info.response.slice(0, 300) };
      } catch (error) {
        return failure(error);
      }
    },
  };
}

/** The whole MIME message as SMTP would carry it. */
export async function rawMime(mail: OutgoingMail): Promise<string> {
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await stream.sendMail(mimeOptions(mail));
  return info.message.toString("utf8");
}

/**
 * The embedded sandbox's mailbox (no SMTP_URL, sandbox mode): the message, raw and in parts, is
 * handed to the sandbox over HTTP with the sandbox's client credentials, as a mail server would
 * take it. The sandbox keeps one copy per message id.
 */
export function mailboxTransport(
  endpoint: string,
  credentials: { clientId: string; clientSecret: string },
  timeoutMs = 10_000,
): MailTransport {
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64");
  return {
    async send(mail) {
      try {
        const body = JSON.stringify({
          messageId: mail.id,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          raw: await rawMime(mail),
          attachments: mail.attachments.map((a) => ({
            cid: a.cid,
            contentType: a.contentType,
            base64: a.content.toString("base64"),
          })),
        });
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Basic ${basic}` },
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text().catch(() => "");
        return { delivered: response.ok, status: response.status, response: text.slice(0, 200) };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
