import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseTargets, type TestDatabase } from "@/lib/db/testing";
import { HarsyaClient, HarsyaError } from "@/lib/harsya";
import { REFUND_STEP_MS, REFUND_TEST_ACCOUNTS } from "./refund-outcomes";
import {
  startCallbackReceiver,
  startSandboxServer,
  TEST_CREDENTIALS,
  type CallbackReceiver,
  type SandboxServer,
} from "./testing";

// `/v1/refunds` through the client: create (with idempotency), get, list, the test accounts'
// outcomes, and a callback per step.
describe.each(testDatabaseTargets())("sandbox refunds on $name", (target) => {
  let database: TestDatabase;
  let sandbox: SandboxServer;
  let receiver: CallbackReceiver;
  let gateway: HarsyaClient;
  let sequence = 0;

  beforeAll(async () => {
    database = await target.open();
    receiver = await startCallbackReceiver();
    sandbox = await startSandboxServer({ db: database.db, callbackUrl: receiver.url });
    gateway = new HarsyaClient({
      baseUrl: sandbox.baseUrl,
      clientId: TEST_CREDENTIALS.clientId,
      clientSecret: TEST_CREDENTIALS.clientSecret,
      retry: { attempts: 1 },
      now: () => sandbox.clock.now().getTime(),
    });
  });
  afterAll(async () => {
    await sandbox?.settle();
    await sandbox?.close();
    await receiver?.close();
    await database?.close();
  });

  const RETURN_URLS = {
    successReturnUrl: "https://shop.example/ok",
    failureReturnUrl: "https://shop.example/failed",
    expirationReturnUrl: "https://shop.example/expired",
  };
  const reference = () => `RF${Date.now()}x${(sequence += 1)}`;

  async function paidVaSession(amount = 50_000) {
    const session = await gateway.createPayment(
      {
        clientReferenceId: reference(),
        amount: { value: amount, currency: "IDR" },
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
        redirectUrl: RETURN_URLS,
      },
      { requestId: `req${Date.now()}x${(sequence += 1)}0000000` },
    );
    await gateway.simulatePayment({ paymentSessionId: session.id, chargeStatus: "SUCCESS" });
    return session.id;
  }

  const transfer = (accountNumber: string) => ({
    method: "TRANSFER_ONLY" as const,
    transferDestination: { bankCode: "BCA", accountNumber, accountName: "Budi Santoso" },
  });

  const body = (sessionId: string, value: string, accountNumber: string = REFUND_TEST_ACCOUNTS.success) => ({
    clientReferenceId: reference(),
    paymentSessionId: sessionId,
    amount: { value, currency: "IDR" as const },
    reason: "REQUESTED_BY_CUSTOMER" as const,
    description: "test",
    ...transfer(accountNumber),
  });

  const eventsFor = (id: string) =>
    receiver.received
      .map((callback) => callback.body as { event: string; data: { id: string } })
      .filter((callback) => callback.data.id === id)
      .map((callback) => callback.event);

  it("creates a PENDING refund, replays it for the same X-REQUEST-ID, and settles it SUCCESS on read", async () => {
    const sessionId = await paidVaSession();
    const request = body(sessionId, "10000.00");
    const created = await gateway.createRefund(request, { requestId: `refund${Date.now()}abcdef` });
    expect(created.status).toBe("PENDING");
    expect(created.amount?.value).toBe("10000.00");
    // Same key, same payload: the first answer again, and still one refund.
    const key = `replay${Date.now()}abcdefgh`;
    const first = await gateway.createRefund(
      { ...request, clientReferenceId: reference() },
      { requestId: key },
    );
    const list = await gateway.listRefunds({ paymentSessionId: sessionId });
    expect(list.items.length).toBe(2);
    const second = await gateway.createRefund(
      { ...request, clientReferenceId: first.clientReferenceId! },
      { requestId: key },
    );
    expect(second.id).toBe(first.id);
    expect((await gateway.listRefunds({ paymentSessionId: sessionId })).items.length).toBe(list.items.length);

    sandbox.clock.advance(REFUND_STEP_MS);
    expect((await gateway.getRefund(created.id)).status).toBe("SUCCESS");
    await sandbox.settle();
    expect(eventsFor(created.id)).toEqual(["REFUND.PENDING", "REFUND.SUCCESS"]);
  });

  it("fails the failure account and takes the bank-transfer account through WAITING_BANK_TRANSFER", async () => {
    const sessionId = await paidVaSession();
    const failing = await gateway.createRefund(body(sessionId, "1000.00", REFUND_TEST_ACCOUNTS.failure), {
      requestId: `fail${Date.now()}abcdefgh`,
    });
    const waiting = await gateway.createRefund(
      body(sessionId, "1000.00", REFUND_TEST_ACCOUNTS.bankTransfer),
      {
        requestId: `wait${Date.now()}abcdefgh`,
      },
    );
    sandbox.clock.advance(REFUND_STEP_MS);
    const failed = await gateway.getRefund(failing.id);
    expect(failed.status).toBe("FAILED");
    expect(failed.failureCode).toBe("INVALID_ACCOUNT");
    expect((await gateway.getRefund(waiting.id)).status).toBe("WAITING_BANK_TRANSFER");
    sandbox.clock.advance(REFUND_STEP_MS);
    expect((await gateway.getRefund(waiting.id)).status).toBe("SUCCESS");
    await sandbox.settle();
    expect(eventsFor(waiting.id)).toEqual([
      "REFUND.PENDING",
      "REFUND.WAITING_BANK_TRANFER",
      "REFUND.SUCCESS",
    ]);
  });

  it("refuses more than is left, AUTO for a VA payment, and an unpaid session", async () => {
    const sessionId = await paidVaSession(20_000);
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) => (error instanceof HarsyaError ? error : null),
      );
    const tooMuch = await refused(
      gateway.createRefund(body(sessionId, "20001.00"), { requestId: `much${Date.now()}abcdefgh` }),
    );
    expect(tooMuch?.status).toBe(400);
    expect(tooMuch?.details[0]?.field).toBe("amount.value");
    const auto = await refused(
      gateway.createRefund(
        { ...body(sessionId, "100.00"), method: "AUTO" },
        { requestId: `auto${Date.now()}abcdefgh` },
      ),
    );
    expect(auto?.details[0]?.field).toBe("method");
    const unpaid = await gateway.createPayment(
      {
        clientReferenceId: reference(),
        amount: { value: 20_000, currency: "IDR" },
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: { virtualAccount: { channel: "BCA" } },
        redirectUrl: RETURN_URLS,
      },
      { requestId: `unpaid${Date.now()}abcdefgh` },
    );
    const notPaid = await refused(
      gateway.createRefund(body(unpaid.id, "100.00"), { requestId: `npd${Date.now()}abcdefghi` }),
    );
    expect(notPaid?.status).toBe(422);
  });
});
