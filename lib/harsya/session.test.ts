import { describe, expect, it } from "vitest";
import { isKnownSessionStatus, parseGatewayTime, PaymentCallback, PaymentSessionSchema } from "./session";

// The docs' own examples, and the ways real answers differ from them.

const docsVaSession = {
  id: "e2d98a89-94bd-4823-a0d6-9e5ff4d1dce0",
  clientReferenceId: "1751610085",
  amount: { value: 10000, currency: "IDR" },
  autoConfirm: true,
  mode: "REDIRECT",
  bypassStatusPage: false,
  redirectUrl: {
    successReturnUrl: "https://merchant.example/success",
    failureReturnUrl: "https://merchant.example/failure",
    expirationReturnUrl: "https://merchant.example/expired",
  },
  paymentType: "SINGLE",
  paymentMethod: { type: "VIRTUAL_ACCOUNT" },
  statementDescriptor: "My Shop",
  status: "REQUIRE_ACTION",
  createdAt: "2025-10-03T02:38:34.918432123Z",
  updatedAt: "2025-10-03T02:38:34.986588447Z",
  expiryAt: "2025-10-30T04:10:43Z",
  paymentUrl: "https://pay.pivot-payment.com/detail?token=abc",
  chargeDetails: [
    {
      id: "32c8480f-97c5-4d70-ba52-6c24ef75ba8a",
      paymentSessionId: "e2d98a89-94bd-4823-a0d6-9e5ff4d1dce0",
      paymentSessionClientReferenceId: "1751610085",
      amount: { value: 10000, currency: "IDR" },
      statementDescriptor: "My Shop",
      status: "WAITING_FOR_USER_ACTION",
      authorizedAmount: null,
      capturedAmount: null,
      isCaptured: false,
      createdAt: "2025-10-03T02:38:35.004420647Z",
      updatedAt: "2025-10-03T02:38:35.004420739Z",
      paidAt: null,
      virtualAccount: {
        channel: "PERMATA",
        virtualAccountNumber: "7663000002940005",
        virtualAccountName: "Pivot - My Shop",
        expiryAt: "2025-10-30T04:10:43Z",
      },
    },
  ],
  customerId: "0197e3f5-1a17-7d43-b2f9-1b51479fb8a9",
  customer: { email: "budi@example.com", sureName: "Santoso" },
  metadata: { invoiceNo: "INV001" },
};

describe("parseGatewayTime", () => {
  it("reads nanoseconds, whole seconds and offsets", () => {
    expect(parseGatewayTime("2025-10-02T08:38:37.008529109Z")).toEqual(new Date("2025-10-02T08:38:37.008Z"));
    expect(parseGatewayTime("2025-10-30T04:10:43Z")).toEqual(new Date("2025-10-30T04:10:43Z"));
    expect(parseGatewayTime("2025-10-30T11:10:43+07:00")).toEqual(new Date("2025-10-30T04:10:43Z"));
  });

  it("reads null, absent, empty, Go's zero time and garbage as null", () => {
    for (const value of [null, undefined, "", "0001-01-01T00:00:00Z", "tomorrow", 42]) {
      expect(parseGatewayTime(value)).toBeNull();
    }
  });
});

describe("PaymentSessionSchema", () => {
  it("parses the docs' virtual-account example", () => {
    const session = PaymentSessionSchema.parse(docsVaSession);
    expect(session.status).toBe("REQUIRE_ACTION");
    expect(session.createdAt).toEqual(new Date("2025-10-03T02:38:34.918Z"));
    expect(session.chargeDetails[0]?.virtualAccount).toEqual({
      channel: "PERMATA",
      virtualAccountNumber: "7663000002940005",
      virtualAccountName: "Pivot - My Shop",
      expiryAt: new Date("2025-10-30T04:10:43Z"),
    });
    expect(session.customer?.surname).toBe("Santoso");
  });

  it("takes absent and null alike, and defaults what the docs default", () => {
    const session = PaymentSessionSchema.parse({
      id: "s1",
      clientReferenceId: "r1",
      amount: { value: "10000.00", currency: "IDR" },
      status: "REQUIRE_PAYMENT_METHOD",
      chargeDetails: null,
      paymentMethod: null,
    });
    expect(session).toMatchObject({
      amount: { value: 10000, currency: "IDR" },
      autoConfirm: true,
      bypassStatusPage: false,
      paymentUrl: null,
      expiryAt: null,
      createdAt: null,
      cancelledAt: null,
      cancellationReason: null,
      chargeDetails: [],
      paymentMethod: null,
      metadata: null,
      customer: null,
      redirectUrl: null,
    });
  });

  it("keeps a status or channel it does not know instead of failing", () => {
    const session = PaymentSessionSchema.parse({
      ...docsVaSession,
      status: "ON_HOLD",
      chargeDetails: [
        {
          id: "c1",
          status: "REVERSED",
          virtualAccount: { channel: "SMBC", virtualAccountNumber: "1", expiryAt: "0001-01-01T00:00:00Z" },
        },
      ],
    });
    expect(session.status).toBe("ON_HOLD");
    expect(isKnownSessionStatus(session.status)).toBe(false);
    expect(session.chargeDetails[0]).toMatchObject({
      status: "REVERSED",
      paidAt: null,
      amount: null,
      virtualAccount: { channel: "SMBC", virtualAccountName: null, expiryAt: null },
    });
  });

  it("still refuses a session without its id or status", () => {
    expect(PaymentSessionSchema.safeParse({ ...docsVaSession, id: undefined }).success).toBe(false);
    expect(PaymentSessionSchema.safeParse({ ...docsVaSession, status: null }).success).toBe(false);
  });
});

describe("PaymentCallback", () => {
  it("parses {event, data} with the full session", () => {
    const callback = PaymentCallback.parse({
      event: "PAYMENT.PAID",
      data: { ...docsVaSession, status: "PAID" },
    });
    expect(callback.event).toBe("PAYMENT.PAID");
    expect(callback.data.id).toBe(docsVaSession.id);
  });
});
