import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Db } from "@/lib/db/client";
import { createCallbackSweeper } from "./callback-sweeper";
import type { SandboxDeps } from "./deps";
import { handleSandboxRequest } from "./router";

/**
 * Test infrastructure: the sandbox served over real HTTP by node:http on a random port, with a
 * clock tests can move, callbacks they can await, and a receiver that plays the merchant's
 * webhook. Nothing here is used by the app.
 */

export const TEST_CREDENTIALS = {
  clientId: "test-client-id",
  clientSecret: "test-client-secret",
  callbackApiKey: "test-callback-api-key",
} as const;

export interface TestClock {
  now(): Date;
  /** Moves time forward (or back, with a negative amount). */
  advance(ms: number): void;
  /** Stops time at `date`; `advance` still moves it. */
  set(date: Date): void;
}

export function testClock(start?: Date): TestClock {
  let fixed = start?.getTime();
  let offset = 0;
  return {
    now: () => new Date((fixed ?? Date.now()) + offset),
    advance: (ms) => {
      offset += ms;
    },
    set: (date) => {
      fixed = date.getTime();
      offset = 0;
    },
  };
}

export interface SandboxServer {
  /** e.g. http://127.0.0.1:41234/sandbox: the base URL a client is given. */
  baseUrl: string;
  deps: SandboxDeps;
  clock: TestClock;
  /** Waits for every callback delivery started so far (and any they start). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startSandboxServer(options: {
  db: Db;
  callbackUrl?: string;
  clock?: TestClock;
  overrides?: Partial<SandboxDeps>;
}): Promise<SandboxServer> {
  const clock = options.clock ?? testClock();
  const pending = new Set<Promise<void>>();
  let baseUrl = "";
  const deps: SandboxDeps = {
    enabled: true,
    db: async () => options.db,
    ...TEST_CREDENTIALS,
    callbackUrl: options.callbackUrl ?? "http://127.0.0.1:9/unused",
    get publicUrl() {
      return baseUrl;
    },
    storeName: "Test Store",
    now: () => clock.now(),
    afterResponse: (task) => {
      const running = task().finally(() => pending.delete(running));
      pending.add(running);
    },
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    callbackRetryDelaysMs: [10, 20, 30],
    callbackInlineRetryMaxMs: 1_000,
    callbackTimeoutMs: 1_000,
    // No gap: the first request a test makes picks up whatever is due (no timer in tests).
    sweeper: createCallbackSweeper({ minGapMs: 0, intervalMs: 60_000 }),
    hangMs: 5_000,
    ...options.overrides,
  };
  const server = createServer((req, res) => {
    void serve(req, res, deps);
  });
  const port = await listen(server);
  baseUrl = `http://127.0.0.1:${port}/sandbox`;
  return {
    baseUrl,
    deps,
    clock,
    async settle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: () => closeServer(server),
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, deps: SandboxDeps) {
  const controller = new AbortController();
  // The client hung up before the answer: what Next reports as `request.signal` aborting.
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
      else if (value !== undefined) headers.set(name, value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
      signal: controller.signal,
    });
    const response = await handleSandboxRequest(request, deps);
    if (res.destroyed) return;
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(error));
    }
  }
}

export interface ReceivedCallback {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** What to answer to the n-th callback (0-based); 200 unless set. */
  respondWith(status: (attempt: number) => number): void;
  close(): Promise<void>;
}

/** A stand-in for the merchant's webhook that records what it is sent. */
export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  let status = (_attempt: number) => 200;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded as text: the test will say what it expected.
    }
    const attempt = received.length;
    received.push({ headers: req.headers, body });
    res.writeHead(status(attempt), { "Content-Type": "application/json" });
    res.end("{}");
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/harsya`,
    received,
    respondWith: (next) => {
      status = next;
    },
    close: () => closeServer(server),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("The test server has no TCP port"));
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
