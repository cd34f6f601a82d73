import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SandboxDeps } from "./deps";
import { sandboxMailbox } from "./schema";

/**
 * The embedded mailbox: with no SMTP server configured, the shop hands each email here (POST
 * /sandbox/mailbox/incoming, with the sandbox's client id and secret), and /sandbox/mailbox shows
 * it exactly as sent. One copy per message id, so a retried hand-over is kept once.
 */

export type MailboxMessage = typeof sandboxMailbox.$inferSelect;

export const IncomingMail = z.object({
  messageId: z.string().min(1).max(200),
  from: z.string().min(1).max(500),
  to: z.string().min(1).max(500),
  subject: z.string().max(1_000),
  html: z.string().max(1_000_000),
  text: z.string().max(1_000_000),
  raw: z.string().max(5_000_000),
  attachments: z
    .array(
      z.object({
        cid: z.string().max(200),
        contentType: z.string().max(100),
        base64: z.string().max(2_000_000),
      }),
    )
    .max(10),
});
export type IncomingMail = z.output<typeof IncomingMail>;
export type MailboxAttachment = IncomingMail["attachments"][number];

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Basic credentials equal to the sandbox's client id and secret, compared in constant time. */
export function isMailboxClient(
  deps: Pick<SandboxDeps, "clientId" | "clientSecret">,
  authorization: string | null,
) {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]!, "base64").toString("utf8");
  return timingSafeEqual(digest(given), digest(`${deps.clientId}:${deps.clientSecret}`));
}

/** `POST /sandbox/mailbox/incoming`: 401 without the client's credentials, 400 for a bad body. */
export async function receiveMail(deps: SandboxDeps, request: Request): Promise<Response> {
  if (!isMailboxClient(deps, request.headers.get("authorization"))) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const parsed = IncomingMail.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "body");
    return Response.json({ error: "invalid", fields }, { status: 400 });
  }
  const stored = await storeMail(await deps.db(), parsed.data, deps.now());
  return Response.json({ stored }, { status: stored ? 201 : 200 });
}

export async function storeMail(db: Db, mail: IncomingMail, now: Date): Promise<boolean> {
  const inserted = await db
    .insert(sandboxMailbox)
    .values({ ...mail, receivedAt: now })
    .onConflictDoNothing({ target: sandboxMailbox.messageId })
    .returning({ id: sandboxMailbox.id });
  return inserted.length > 0;
}

/** The newest messages first. */
export function listMail(db: Db, limit = 100) {
  return db
    .select({
      id: sandboxMailbox.id,
      to: sandboxMailbox.to,
      subject: sandboxMailbox.subject,
      receivedAt: sandboxMailbox.receivedAt,
    })
    .from(sandboxMailbox)
    .orderBy(desc(sandboxMailbox.receivedAt), desc(sandboxMailbox.id))
    .limit(limit);
}

export async function findMail(db: Db, id: number): Promise<MailboxMessage | undefined> {
  const [row] = await db.select().from(sandboxMailbox).where(eq(sandboxMailbox.id, id));
  return row;
}

/**
 * The HTML part for display: the `cid:` images it refers to become data: URLs from the message's
 * own parts, and its style sheet gets the page's nonce (the page's CSP covers the framed copy).
 */
export function displayHtml(
  mail: Pick<MailboxMessage, "html" | "attachments">,
  nonce: string | undefined,
): string {
  const parts = z.array(IncomingMail.shape.attachments.element).catch([]).parse(mail.attachments);
  let html = mail.html;
  for (const part of parts) {
    html = html.replaceAll(`cid:${part.cid}`, `data:${part.contentType};base64,${part.base64}`);
  }
  return nonce
    ? html.replaceAll("<style>", `<style nonce="${nonce.replace(/[^A-Za-z0-9+/=]/g, "")}">`)
    : html;
}
