import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CheckoutDeps } from "@/lib/checkout/deps";
import { webhookEvents } from "@/lib/db/schema";
import { openTestPglite, type TestDatabase } from "@/lib/db/testing";

// The webhook as the gateway (or anyone else) reaches it: a Web Request in, a Response out, with
// the shop's dependencies swapped for a test database.

const KEY = "route-test-callback-key";
const held = vi.hoisted(() => ({ deps: undefined as CheckoutDeps | undefined }));
vi.mock("@/lib/server/deps", () => ({
  appDeps: async () => {
    if (!held.deps) throw new Error("The test has not set up its dependencies");
    return held.deps;
  },
}));

const { POST } = await import("./route");

const MiB = 1024 * 1024;

/**
 * A callback-shaped JSON body of `size` bytes (the session padded out), sent as a stream without
 * Content-Length, the way a chunked upload arrives. `pulled()` tells how much of it was read.
 */
function streamedBody(size: number, chunk = 64 * 1024) {
  const head = new TextEncoder().encode('{"event":"PAYMENT.PAID","data":{"id":"ps_padded","pad":"');
  const tail = new TextEncoder().encode('"}}');
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= size) return controller.close();
        const bytes =
          sent === 0
            ? head
            : sent + chunk + tail.length >= size
              ? new Uint8Array([...new Uint8Array(Math.max(0, size - sent - tail.length)).fill(120), ...tail])
              : new Uint8Array(chunk).fill(120);
        sent += bytes.byteLength;
        controller.enqueue(bytes);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => sent };
}

function post(options: {
  key?: string;
  address: string;
  body: BodyInit;
  headers?: Record<string, string>;
}): Promise<Response> {
  return POST(
    new Request("https://shop.example/api/webhooks/harsya", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Forwarded-For": `${options.address}, 10.0.0.1`,
        ...(options.key === undefined ? {} : { "X-API-Key": options.key }),
        ...options.headers,
      },
      body: options.body,
      duplex: "half",
    } as RequestInit),
  );
}

describe("POST /api/webhooks/harsya", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestPglite();
    held.deps = {
      db: database.db,
      gateway: {
        createPayment: () => Promise.reject(new Error("not expected")),
        getPayment: () => Promise.reject(new Error("not expected")),
        listPayments: () => Promise.reject(new Error("not expected")),
        confirmPayment: () => Promise.reject(new Error("not expected")),
        cancelPayment: () => Promise.reject(new Error("not expected")),
        simulatePayment: () => Promise.reject(new Error("not expected")),
        createRefund: () => Promise.reject(new Error("not expected")),
        getRefund: () => Promise.reject(new Error("not expected")),
        listRefunds: () => Promise.reject(new Error("not expected")),
      },
      clock: { now: () => new Date() },
      config: {
        appUrl: "https://shop.example",
        storeName: "Test Store",
        paymentSessionMinutes: 15,
        harsya: { callbackApiKey: KEY },
        checkoutLimits: {
          perCart: { name: "cart", limit: 10, windowSeconds: 600 },
          perAddress: { name: "address", limit: 60, windowSeconds: 60 },
        },
      },
    };
  });
  afterAll(async () => database?.close());

  const latest = async () =>
    (await database.db.select().from(webhookEvents).orderBy(desc(webhookEvents.id)).limit(1))[0];
  const rowsFrom = async (address: string) =>
    database.db.select().from(webhookEvents).where(eq(webhookEvents.clientAddress, address));

  it("answers a wrong or missing key with 401 without reading the body, and keeps only a summary", async () => {
    const wrong = streamedBody(10 * MiB);
    const response = await post({ key: "not-the-key", address: "203.0.113.7", body: wrong.body });
    expect(response.status).toBe(401);
    expect(wrong.pulled()).toBe(0);
    const row = await latest();
    expect(row).toMatchObject({
      verified: false,
      httpStatus: 401,
      clientAddress: "203.0.113.7",
      event: null,
      sessionId: null,
      orderId: null,
      payload: null,
    });
    expect(row?.outcome).toMatch(/X-API-Key/);

    const missing = streamedBody(MiB);
    expect((await post({ address: "203.0.113.7", body: missing.body })).status).toBe(401);
    expect(missing.pulled()).toBe(0);
    expect((await latest())?.outcome).toMatch(/no X-API-Key/);

    // The declared size is the only thing said about the body.
    const small = '{"event":"PAYMENT.PAID","data":{"id":"x"}}';
    await post({
      key: "nope",
      address: "203.0.113.7",
      body: small,
      headers: { "Content-Length": String(small.length) },
    });
    expect(await latest()).toMatchObject({
      verified: false,
      bodyBytes: small.length,
      payload: null,
      sessionId: null,
    });
  });

  it("refuses a body over 256 KiB with 413 before parsing it, declared or streamed", async () => {
    const streamed = streamedBody(10 * MiB);
    const response = await post({ key: KEY, address: "198.51.100.20", body: streamed.body });
    expect(response.status).toBe(413);
    expect(streamed.pulled()).toBeLessThanOrEqual(256 * 1024 + 64 * 1024);
    expect(await latest()).toMatchObject({ verified: true, httpStatus: 413, payload: null, sessionId: null });

    const declared = streamedBody(10 * MiB);
    const refused = await post({
      key: KEY,
      address: "198.51.100.20",
      body: declared.body,
      headers: { "Content-Length": String(10 * MiB) },
    });
    expect(refused.status).toBe(413);
    expect(declared.pulled()).toBe(0);

    // Just under the limit is read, parsed and acknowledged (acted on after the answer).
    const fits = streamedBody(256 * 1024 - 1);
    const accepted = await post({ key: KEY, address: "198.51.100.20", body: fits.body });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ outcome: "received: applied after this answer" });
  });

  it("rate-limits rejected callbacks per address (429 with Retry-After), and never a valid key", async () => {
    const address = "192.0.2.99";
    const answers: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      answers.push((await post({ key: "guess", address, body: "{}" })).status);
    }
    expect(answers.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(answers.slice(20).every((status) => status === 429)).toBe(true);
    const limited = await post({ key: "guess", address, body: "{}" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Refused requests store nothing more.
    expect(await rowsFrom(address)).toHaveLength(20);

    expect((await post({ key: "guess", address: "192.0.2.100", body: "{}" })).status).toBe(401);
    const genuine = await post({
      key: KEY,
      address,
      body: JSON.stringify({ event: "PAYMENT.PAID", data: { id: "ps_elsewhere" } }),
    });
    expect(genuine.status).toBe(200);
  });

  it("acknowledges the dashboard's PAYMENT.TEST with 200 and changes nothing (the gateway is not asked)", async () => {
    const body = JSON.stringify({ event: "PAYMENT.TEST", data: {} });
    const response = await post({ key: KEY, address: "198.51.100.30", body });
    expect(response.status).toBe(200);
    expect(await latest()).toMatchObject({
      event: "PAYMENT.TEST",
      verified: true,
      httpStatus: 200,
      outcome: "acknowledged: test callback",
      sessionId: null,
      orderId: null,
    });
    // Still only with the right key.
    expect((await post({ key: "wrong", address: "198.51.100.30", body })).status).toBe(401);
  });
});
