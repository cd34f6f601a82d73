import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { sandboxCallbacks } from "./schema";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { deliverDueCallbacks, listCallbacks } from "./callbacks";
import { GATEWAY_CALLBACK_RETRY_DELAYS_MS, type SandboxDeps } from "./deps";
import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  testClock,
  type CallbackReceiver,
  type SandboxServer,
  type TestClock,
} from "./testing";

// Callbacks are rows, not promises: they survive the process that made them, are retried on the
// gateway's schedule, and each attempt is made by one sender however many share the database.

const Data = z.object({ data: z.object({ accessToken: z.string().optional(), id: z.string().optional() }) });
const MINUTE = 60_000;

describe.each(testDatabaseTargets())("durable sandbox callbacks on $name", (target) => {
  let database: TestDatabase;
  let receiver: CallbackReceiver;
  const servers: SandboxServer[] = [];
  let sequence = 0;

  beforeAll(async () => {
    database = await target.open();
    receiver = await startCallbackReceiver();
  });
  afterAll(async () => {
    for (const server of servers) {
      await server.settle();
      await server.close();
    }
    await receiver?.close();
    await database?.close();
  });
  beforeEach(() => {
    receiver.respondWith(() => 200);
  });

  /** A sandbox process on the shared database; `overrides` change how it behaves. */
  async function instance(clock: TestClock, overrides: Partial<SandboxDeps> = {}) {
    const server = await startSandboxServer({ db: database.db, callbackUrl: receiver.url, clock, overrides });
    servers.push(server);
    return server;
  }

  async function call(server: SandboxServer, path: string, body: unknown, token?: string) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...(token
          ? { Authorization: `Bearer ${token}` }
          : {
              "X-MERCHANT-ID": TEST_CREDENTIALS.clientId,
              "X-MERCHANT-SECRET": TEST_CREDENTIALS.clientSecret,
            }),
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return Data.parse(await response.json()).data;
  }

  const token = async (server: SandboxServer) =>
    (await call(server, "/v1/access-token", { grantType: "client_credentials" })).accessToken ?? "";

  /** Creates a session on `server` and pays it there: the PAYMENT.PAID callback is recorded. */
  async function pay(server: SandboxServer): Promise<string> {
    const bearer = await token(server);
    const created = await call(
      server,
      "/v2/payments",
      {
        clientReferenceId: `DUR${Date.now()}x${(sequence += 1)}`,
        amount: { value: 25_000, currency: "IDR" },
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: { virtualAccount: { channel: "BNI" } },
        redirectUrl: {
          successReturnUrl: "https://shop.example/ok",
          failureReturnUrl: "https://shop.example/failed",
          expirationReturnUrl: "https://shop.example/expired",
        },
      },
      bearer,
    );
    const sessionId = created.id ?? "";
    await call(
      server,
      "/v2/payments/simulations",
      { paymentSessionId: sessionId, chargeStatus: "SUCCESS" },
      bearer,
    );
    return sessionId;
  }

  const recorded = async (sessionId: string) => {
    const [callback] = await listCallbacks(database.db, { sessionId, now: new Date(0) });
    return callback;
  };
  const receivedFor = (sessionId: string) =>
    receiver.received.filter((callback) => Data.parse(callback.body).data.id === sessionId);

  it("delivers a callback left by a process that stopped before sending it, from a fresh process", async () => {
    const clock = testClock(new Date("2026-11-27T03:00:00Z"));
    // The first process records the payment and its callback, answers, and is gone before its
    // after-response work runs.
    const crashed = await instance(clock, { afterResponse: () => undefined });
    const sessionId = await pay(crashed);
    await crashed.close();
    expect(await recorded(sessionId)).toMatchObject({ status: "PENDING", attempts: [] });

    const fresh = await instance(clock);
    // The dead process's claim on the first attempt still holds: nobody sends it twice meanwhile.
    await token(fresh);
    await fresh.settle();
    expect(receivedFor(sessionId)).toHaveLength(0);

    // Once the claim has run out, the fresh process's next request picks the callback up.
    clock.advance(fresh.deps.callbackTimeoutMs + 10_001);
    await token(fresh);
    await fresh.settle();
    expect(receivedFor(sessionId)).toHaveLength(1);
    expect(receivedFor(sessionId)[0]?.headers["x-api-key"]).toBe(TEST_CREDENTIALS.callbackApiKey);
    expect(await recorded(sessionId)).toMatchObject({
      status: "DELIVERED",
      attempts: [{ httpStatus: 200 }],
      nextAttemptAt: null,
    });
  });

  it("waits the gateway's schedule between attempts, leaving the long waits to the sweeper", async () => {
    const clock = testClock(new Date("2026-11-27T04:00:00Z"));
    const server = await instance(clock, { callbackRetryDelaysMs: GATEWAY_CALLBACK_RETRY_DELAYS_MS });
    const start = clock.now().getTime();
    const before = receiver.received.length;
    receiver.respondWith((attempt) => (attempt - before < 2 ? 503 : 200));
    const sessionId = await pay(server);
    await server.settle();

    // The first attempt went out at once; the second is due 5 minutes later, not before.
    expect(receivedFor(sessionId)).toHaveLength(1);
    expect(await recorded(sessionId)).toMatchObject({ status: "PENDING", sending: false });
    expect((await recorded(sessionId))?.nextAttemptAt?.getTime()).toBe(start + 5 * MINUTE);
    clock.advance(5 * MINUTE - 1_000);
    expect(await deliverDueCallbacks(server.deps)).toBe(0);
    clock.advance(1_000);
    expect(await deliverDueCallbacks(server.deps)).toBe(1);

    // Then 15 minutes after the second failure.
    expect((await recorded(sessionId))?.nextAttemptAt?.getTime()).toBe(start + 20 * MINUTE);
    clock.advance(15 * MINUTE - 1_000);
    expect(await deliverDueCallbacks(server.deps)).toBe(0);
    clock.advance(1_000);
    expect(await deliverDueCallbacks(server.deps)).toBe(1);

    expect(receivedFor(sessionId)).toHaveLength(3);
    expect(await recorded(sessionId)).toMatchObject({
      status: "DELIVERED",
      nextAttemptAt: null,
      attempts: [{ httpStatus: 503 }, { httpStatus: 503 }, { httpStatus: 200 }],
    });
  });

  it("gives up after the last delay of the schedule", async () => {
    const clock = testClock(new Date("2026-11-27T05:00:00Z"));
    const server = await instance(clock, { callbackRetryDelaysMs: [MINUTE, 2 * MINUTE] });
    receiver.respondWith(() => 500);
    const sessionId = await pay(server);
    await server.settle();
    for (const wait of [MINUTE, 2 * MINUTE, 10 * MINUTE]) {
      clock.advance(wait);
      await deliverDueCallbacks(server.deps);
    }
    expect(receivedFor(sessionId)).toHaveLength(3);
    expect(await recorded(sessionId)).toMatchObject({ status: "FAILED", nextAttemptAt: null });
  });

  it("makes each attempt once when two processes sweep at the same time", async () => {
    const clock = testClock(new Date("2026-11-27T06:00:00Z"));
    const sent: string[] = [];
    // A slow merchant, so that the two sweeps overlap.
    const slowFetch: typeof fetch = async (_url, init) => {
      sent.push(String(init?.body));
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Response("{}", { status: 200 });
    };
    const first = await instance(clock, { fetch: slowFetch });
    const second = await instance(clock, { fetch: slowFetch });
    const rows = await database.db
      .insert(sandboxCallbacks)
      .values(
        Array.from({ length: 8 }, (_, index) => ({
          sessionId: `concurrent-${index}`,
          event: "PAYMENT.PAID",
          url: receiver.url,
          status: "PENDING",
          payload: { event: "PAYMENT.PAID", data: { id: `concurrent-${index}` } },
          nextAttemptAt: clock.now(),
        })),
      )
      .returning({ id: sandboxCallbacks.id });

    const made = await Promise.all([
      deliverDueCallbacks(first.deps),
      deliverDueCallbacks(second.deps),
      deliverDueCallbacks(first.deps),
      deliverDueCallbacks(second.deps),
    ]);
    expect(made.reduce((sum, count) => sum + count, 0)).toBe(8);
    expect(sent).toHaveLength(8);
    expect(new Set(sent).size).toBe(8);
    for (const { id } of rows) {
      const [row] = await database.db.select().from(sandboxCallbacks).where(eq(sandboxCallbacks.id, id));
      expect(row).toMatchObject({ status: "DELIVERED", claimedBy: null });
      expect(row?.attempts).toHaveLength(1);
    }
  });
});
