import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
// The shop's side of the door, tested through it (test files may cross the sandbox's boundary).
import { mailboxTransport } from "@/lib/mail/transport";
import type { SandboxDeps } from "./deps";
import { displayHtml, findMail, listMail, receiveMail } from "./mailbox";

describe.each(testDatabaseTargets())("the sandbox's mailbox on $name", (target) => {
  let database: TestDatabase;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    database = await target.open();
    const deps = {
      clientId: "client",
      clientSecret: "secret",
      db: () => Promise.resolve(database.db),
      now: () => new Date(),
    } as Pick<SandboxDeps, "clientId" | "clientSecret" | "db" | "now"> as SandboxDeps;
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = new Request(`http://local${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      const response = await receiveMail(deps, request);
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(await response.text());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sandbox/mailbox/incoming`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  const mail = {
    id: "msg_mailbox_test",
    from: "shop@example.com",
    to: "budi@example.com",
    subject: "Order HC1 placed: how to pay",
    html: '<html><head><style>p{color:red}</style></head><body><img src="cid:qr@x" alt="QR"><p>Hi</p></body></html>',
    text: "Hi\n",
    attachments: [{ cid: "qr@x", filename: "qr.png", contentType: "image/png", content: Buffer.from("png") }],
  };

  it("keeps what the shop hands over with the client's credentials, once per message id", async () => {
    const transport = mailboxTransport(url, { clientId: "client", clientSecret: "secret" });
    expect(await transport.send(mail)).toMatchObject({ delivered: true, status: 201 });
    expect(await transport.send(mail)).toMatchObject({ delivered: true, status: 200 });
    const listed = await listMail(database.db);
    expect(listed).toHaveLength(1);
    const stored = await findMail(database.db, listed[0]!.id);
    expect(stored).toMatchObject({ to: mail.to, subject: mail.subject, text: "Hi\n", messageId: mail.id });
    expect(stored!.raw).toContain("multipart/");
    const shown = displayHtml(stored!, "abc123==");
    expect(shown).toContain(`src="data:image/png;base64,${Buffer.from("png").toString("base64")}"`);
    expect(shown).toContain('<style nonce="abc123==">');
  });

  it("refuses anyone without the credentials", async () => {
    const transport = mailboxTransport(url, { clientId: "client", clientSecret: "wrong" });
    expect(await transport.send({ ...mail, id: "msg_other" })).toMatchObject({
      delivered: false,
      status: 401,
    });
    expect(await listMail(database.db)).toHaveLength(1);
  });
});
