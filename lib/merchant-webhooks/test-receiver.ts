import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/**
 * A merchant's endpoint for tests: a real HTTP server on a free local port that checks every
 * delivery with the official Standard Webhooks library (the reference, not our own code).
 */
export interface ReceivedWebhook {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The reference library accepted the signature and timestamp. */
  verified: boolean;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
}

export interface TestReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** What the next answers are; 200 unless set. */
  answer: { status: number; delayMs: number };
  close(): Promise<void>;
}

export async function startTestReceiver(secret: string, port = 0): Promise<TestReceiver> {
  const reference = new Webhook(secret);
  const received: ReceivedWebhook[] = [];
  const answer = { status: 200, delayMs: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let verified = true;
      try {
        reference.verify(body, request.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      received.push({
        id: String(request.headers["webhook-id"]),
        headers: request.headers,
        body,
        verified,
        json: JSON.parse(body) as ReceivedWebhook["json"],
      });
      setTimeout(() => {
        response.writeHead(answer.status, { "content-type": "text/plain" });
        response.end(answer.status < 300 ? "thanks" : "receiver is down");
      }, answer.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/hooks/harsya`,
    received,
    answer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
