import { describe, expect, it } from "vitest";
import {
  chargeMethod,
  isKnownSessionStatus,
  isTestCallback,
  parseGatewayTime,
  PaymentCallback,
  PaymentSessionSchema,
} from "./session";
import { CreatePaymentRequestSchema, ConfirmPaymentRequestSchema } from "./wire";

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

describe("PaymentSessionSchema for QR, e-wallet and card (§4.1.3, §5.4)", () => {
  const charge = docsVaSession.chargeDetails[0];
  const { virtualAccount: _va, ...chargeBase } = charge ?? { virtualAccount: undefined };

  it("reads the QR charge of the docs' QR example, with its own expiry", () => {
    const session = PaymentSessionSchema.parse({
      ...docsVaSession,
      paymentMethod: { type: "QR" },
      chargeDetails: [
        {
          ...chargeBase,
          qr: {
            acquirer: "BNC",
            qrContent: "00020101021226",
            qrUrl: "https://qr.example/a.png",
            qrType: "DYNAMIC",
            retrievalReferenceNumber: "123456789012",
            issuerName: "",
            expiryAt: "2025-10-03T05:38:35Z",
            merchantName: "My Shop",
          },
        },
      ],
    });
    const [qrCharge] = session.chargeDetails;
    expect(qrCharge?.qr).toEqual({
      acquirer: "BNC",
      qrContent: "00020101021226",
      qrUrl: "https://qr.example/a.png",
      qrType: "DYNAMIC",
      retrievalReferenceNumber: "123456789012",
      issuerName: null,
      expiryAt: new Date("2025-10-03T05:38:35Z"),
      merchantName: "My Shop",
      storeId: null,
    });
    expect(qrCharge?.virtualAccount).toBeNull();
    expect(qrCharge && chargeMethod(qrCharge)).toBe("QR");
    // The QR expires on its own clock, not the session's.
    expect(qrCharge?.qr?.expiryAt).not.toEqual(session.expiryAt);
  });

  it("reads the e-wallet example: channel, expirationMode and the wallet deeplink as paymentUrl", () => {
    const session = PaymentSessionSchema.parse({
      ...docsVaSession,
      mode: "API",
      paymentMethod: { type: "EWALLET" },
      expirationMode: "LOOSE",
      paymentUrl: "shopeepayid://pay?token=abc",
      chargeDetails: [{ ...chargeBase, ewallet: { channel: "SHOPEEPAY" } }],
    });
    expect(session.paymentUrl).toBe("shopeepayid://pay?token=abc");
    expect(session.expirationMode).toBe("LOOSE");
    expect(session.chargeDetails[0]?.ewallet).toEqual({ channel: "SHOPEEPAY", accountInformations: null });
    expect(session.chargeDetails[0] && chargeMethod(session.chargeDetails[0])).toBe("EWALLET");
  });

  it("reads a failed OVO charge with its failure fields, and the PROCESSING status", () => {
    const session = PaymentSessionSchema.parse({
      ...docsVaSession,
      status: "CANCELLED",
      cancellationReason: "CHARGE_FAILED",
      chargeDetails: [
        {
          ...chargeBase,
          status: "FAILED",
          ewallet: { channel: "OVO", accountInformations: { mobileNumber: "+628111111003", name: "Budi" } },
          failureCode: "INSUFFICIENT_FUND",
          failureMessage: "EWALLET payment failed: insufficient balance",
          recommendation: "Ask the customer to top up or pay another way",
        },
      ],
    });
    expect(session.chargeDetails[0]).toMatchObject({
      status: "FAILED",
      ewallet: { channel: "OVO", accountInformations: { mobileNumber: "+628111111003", name: "Budi" } },
      failureCode: "INSUFFICIENT_FUND",
      failureMessage: "EWALLET payment failed: insufficient balance",
      recommendation: "Ask the customer to top up or pay another way",
    });
    expect(PaymentSessionSchema.parse({ ...docsVaSession, status: "PROCESSING" }).status).toBe("PROCESSING");
  });

  it("reads the card API-mode example (encryptionKey, no paymentUrl) and a card charge", () => {
    const confirmation = PaymentSessionSchema.parse({
      ...docsVaSession,
      mode: "API",
      autoConfirm: false,
      status: "REQUIRE_CONFIRMATION",
      paymentMethod: { type: "CARD" },
      paymentUrl: undefined,
      bypassStatusPage: undefined,
      encryptionKey: "TUlJQklqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FROEFNSUlCQ2dLQ0FRRUE=",
      chargeDetails: null,
    });
    expect(confirmation).toMatchObject({
      status: "REQUIRE_CONFIRMATION",
      paymentUrl: null,
      chargeDetails: [],
    });
    expect(confirmation.encryptionKey).toMatch(/^TUlJ/);

    const paid = PaymentSessionSchema.parse({
      ...docsVaSession,
      status: "PAID",
      paymentMethod: { type: "CARD" },
      chargeDetails: [
        {
          ...chargeBase,
          status: "SUCCESS",
          card: {
            first6: 444000,
            last4: "0001",
            expMonth: "12",
            binInformations: { type: "CREDIT", issuingBank: "Bank", brand: "VISA", country: "ID" },
            authenticationResult: {
              threeDsVersion: "2.2.0",
              threeDsResult: "AUTHENTICATED",
              threeDsMethod: "FRICTIONLESS",
              eciCode: "05",
            },
            authorizationResult: { issuerAuthorizationCode: "A1B2C3", avsResult: "NOT_AVAILABLE" },
          },
        },
      ],
    });
    const card = paid.chargeDetails[0]?.card;
    expect(card).toMatchObject({
      first6: "444000",
      last4: "0001",
      // Named fields are read; unnamed ones are kept as sent.
      expMonth: "12",
      binInformations: { brand: "VISA" },
      authenticationResult: { threeDsVersion: "2.2.0", eciCode: "05" },
      authorizationResult: { issuerAuthorizationCode: "A1B2C3", avsResult: "NOT_AVAILABLE" },
    });
    expect(paid.chargeDetails[0] && chargeMethod(paid.chargeDetails[0])).toBe("CARD");
  });

  it("keeps fields it does not know, and reads a garbled detail object as absent", () => {
    const session = PaymentSessionSchema.parse({
      ...docsVaSession,
      recurringId: "r-1",
      investigationStatus: null,
      chargeDetails: [
        {
          ...charge,
          fdsRiskAssessment: { score: 3, level: "LOW", recommendation: "Approve" },
          qr: "not an object",
        },
      ],
    });
    expect(session).toMatchObject({ recurringId: "r-1", investigationStatus: null });
    expect(session.chargeDetails[0]).toMatchObject({
      fdsRiskAssessment: { score: 3, level: "LOW", recommendation: "Approve" },
      qr: null,
      virtualAccount: { virtualAccountNumber: "7663000002940005" },
    });
  });
});

describe("request schemas for QR, e-wallet and card (§4.1, §4.2)", () => {
  const base = {
    clientReferenceId: "1751610085",
    amount: { value: 10000, currency: "IDR" },
    redirectUrl: {
      successReturnUrl: "https://merchant.example/success",
      failureReturnUrl: "https://merchant.example/failure",
      expirationReturnUrl: "https://merchant.example/expired",
    },
  };

  it("accepts the docs' QR and e-wallet create options, and OVO's mobile number", () => {
    const qr = CreatePaymentRequestSchema.parse({
      ...base,
      paymentMethod: { type: "QR" },
      paymentMethodOptions: { qr: { expiryAt: "2025-12-30T23:59:00Z" } },
    });
    expect(qr.paymentMethodOptions?.qr?.expiryAt).toBe("2025-12-30T23:59:00Z");
    const ewallet = CreatePaymentRequestSchema.parse({
      ...base,
      paymentMethod: { type: "EWALLET", ewallet: { accountIdentifier: "08111111001" } },
      paymentMethodOptions: { ewallet: { channel: "OVO", expiryAt: "2025-12-30T23:59:00Z" } },
    });
    expect(ewallet.paymentMethod?.ewallet?.accountIdentifier).toBe("08111111001");
    expect(ewallet.paymentMethodOptions?.ewallet?.channel).toBe("OVO");
    const wrong = CreatePaymentRequestSchema.safeParse({
      ...base,
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: { channel: "GOPAY" } },
    });
    expect(wrong.success).toBe(false);
  });

  it("accepts card options (both spellings of captureMethod) and keeps unknown option fields", () => {
    const card = CreatePaymentRequestSchema.parse({
      ...base,
      paymentMethod: { type: "CARD" },
      paymentMethodOptions: {
        card: { captureMethod: "MANUAL", threeDsMethod: "CHALLENGE", futureOption: true },
      },
    });
    expect(card.paymentMethodOptions?.card).toEqual({
      captureMethod: "MANUAL",
      threeDsMethod: "CHALLENGE",
      futureOption: true,
    });
    expect(
      CreatePaymentRequestSchema.safeParse({
        ...base,
        paymentMethod: { type: "CARD" },
        paymentMethodOptions: { card: { threeDsMethod: "SOMETIMES" } },
      }).success,
    ).toBe(false);
  });

  it("keeps fields of newer docs it does not name, at the top and inside", () => {
    const request = CreatePaymentRequestSchema.parse({
      ...base,
      recurringId: "rec-1",
      customer: { email: "budi@example.com", nationality: "ID" },
    });
    expect(request).toMatchObject({ recurringId: "rec-1", customer: { nationality: "ID" } });
  });

  it("reads the card confirm example with the options nested in paymentMethod", () => {
    const confirm = ConfirmPaymentRequestSchema.parse({
      paymentMethod: {
        type: "CARD",
        card: { encryptedCard: "eyJlbmNyeXB0ZWRLZXkiOiIuLi4ifQ==" },
        paymentMethodOptions: { card: { captureMethod: "automatic", threeDsMethod: "AUTOMATIC" } },
      },
    });
    expect(confirm.paymentMethod.paymentMethodOptions?.card?.threeDsMethod).toBe("AUTOMATIC");
  });
});

describe("PaymentCallback", () => {
  it("parses {event, data} with the full session", () => {
    const callback = PaymentCallback.parse({
      event: "PAYMENT.PAID",
      data: { ...docsVaSession, status: "PAID" },
    });
    expect(callback.event).toBe("PAYMENT.PAID");
    expect(isTestCallback(callback)).toBe(false);
    if (!isTestCallback(callback)) expect(callback.data.id).toBe(docsVaSession.id);
  });

  it("accepts the dashboard's PAYMENT.TEST, which carries no session", () => {
    const callback = PaymentCallback.parse({ event: "PAYMENT.TEST", data: {} });
    expect(isTestCallback(callback)).toBe(true);
    expect(PaymentCallback.safeParse({ event: "PAYMENT.PAID", data: {} }).success).toBe(false);
  });
});
