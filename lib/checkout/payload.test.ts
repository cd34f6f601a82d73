import { describe, expect, it } from "vitest";
import type { Order, OrderItem } from "@/lib/orders/repository";
import {
  confirmPaymentRequest,
  createPaymentRequest,
  gatewayTime,
  returnUrls,
  statementDescriptor,
} from "./payload";

const order: Order = {
  id: "3f1c2f0e-6a36-4f0e-9a53-1f7b0a1c2d3e",
  reference: "HC7K3M9Q2X4T",
  status: "PENDING_PAYMENT",
  cartId: "cart",
  userId: null,
  checkoutKey: "key",
  customerName: "Budi Santoso Wijaya",
  email: "budi@example.com",
  phoneCountryCode: "+62",
  phoneNumber: "81234567890",
  locale: "id",
  method: null,
  channel: null,
  walletPhone: null,
  amount: 238_000,
  expiresAt: new Date("2026-11-23T10:15:00.123Z"),
  createdAt: new Date("2026-11-23T10:00:00Z"),
  updatedAt: new Date("2026-11-23T10:00:00Z"),
  paidAt: null,
  closedAt: null,
  lastSyncedAt: null,
  syncLeaseUntil: null,
};
const items: OrderItem[] = [
  {
    id: 1,
    orderId: order.id,
    productId: 1,
    name: "Kopi Gayo",
    unitPrice: 95_000,
    quantity: 2,
    lineTotal: 190_000,
  },
  {
    id: 2,
    orderId: order.id,
    productId: 3,
    name: "Teh Melati",
    unitPrice: 48_000,
    quantity: 1,
    lineTotal: 48_000,
  },
];
const config = { appUrl: "https://toko.example", storeName: "Toko Kopi dan Teh Nusantara" };

describe("createPaymentRequest", () => {
  it("builds the session from the stored order only, so retries are identical", () => {
    expect(createPaymentRequest(order, items, config)).toEqual(
      createPaymentRequest({ ...order }, [...items], config),
    );
  });

  it("skips the gateway's result page only when configured to", () => {
    expect(createPaymentRequest(order, items, config).bypassStatusPage).toBe(false);
    const bypass = createPaymentRequest(order, items, { ...config, bypassStatusPage: true });
    expect(bypass.bypassStatusPage).toBe(true);
  });

  it("leaves the method to the payment page when no bank was chosen", () => {
    const request = createPaymentRequest(order, items, config);
    expect(request).toMatchObject({
      clientReferenceId: "HC7K3M9Q2X4T",
      amount: { value: 238_000, currency: "IDR" },
      mode: "REDIRECT",
      autoConfirm: false,
      statementDescriptor: "Toko Kopi dan Teh Nu",
      expiryAt: "2026-11-23T10:15:00Z",
      metadata: { orderId: order.id, invoiceNo: "HC7K3M9Q2X4T" },
      customer: {
        givenName: "Budi",
        surname: "Santoso Wijaya",
        email: "budi@example.com",
        phoneNumber: { countryCode: "+62", number: "81234567890" },
      },
    });
    expect(request.paymentMethod).toBeUndefined();
    expect(request.orderInformation?.productDetails).toEqual([
      { type: "PHYSICAL", name: "Kopi Gayo", quantity: 2, price: { value: 95_000, currency: "IDR" } },
      { type: "PHYSICAL", name: "Teh Melati", quantity: 1, price: { value: 48_000, currency: "IDR" } },
    ]);
  });

  it("pre-selects the chosen bank's virtual account and confirms at once", () => {
    const request = createPaymentRequest(
      { ...order, method: "VIRTUAL_ACCOUNT", channel: "BCA" },
      items,
      config,
    );
    expect(request).toMatchObject({
      autoConfirm: true,
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: {
        virtualAccount: { channel: "BCA", virtualAccountName: "Toko Kopi dan Teh Nu" },
      },
    });
  });

  it("refuses a channel that is not a known bank or wallet", () => {
    expect(() =>
      createPaymentRequest({ ...order, method: "VIRTUAL_ACCOUNT", channel: "NOPE" }, items, config),
    ).toThrow(/Unknown/);
    expect(() =>
      createPaymentRequest({ ...order, method: "EWALLET", channel: "GOPAY" }, items, config),
    ).toThrow(/Unknown/);
    expect(() => createPaymentRequest({ ...order, method: "CASH" }, items, config)).toThrow(/Unknown/);
  });

  it("asks for a QRIS code that expires with the order", () => {
    const request = createPaymentRequest({ ...order, method: "QR" }, items, config);
    expect(request).toMatchObject({
      autoConfirm: true,
      paymentMethod: { type: "QR" },
      paymentMethodOptions: { qr: { expiryAt: "2026-11-23T10:15:00Z" } },
      expiryAt: "2026-11-23T10:15:00Z",
    });
    expect(request.expirationMode).toBeUndefined();
  });

  it("names the e-wallet, and only OVO's request carries the wallet's number", () => {
    const dana = createPaymentRequest({ ...order, method: "EWALLET", channel: "DANA" }, items, config);
    expect(dana).toMatchObject({
      autoConfirm: true,
      expirationMode: "STRICT",
      paymentMethod: { type: "EWALLET" },
      paymentMethodOptions: { ewallet: { channel: "DANA", expiryAt: "2026-11-23T10:15:00Z" } },
    });
    expect(dana.paymentMethod).toEqual({ type: "EWALLET" });
    const ovo = createPaymentRequest(
      { ...order, method: "EWALLET", channel: "OVO", walletPhone: "8111111003" },
      items,
      config,
    );
    expect(ovo.paymentMethod).toEqual({ type: "EWALLET", ewallet: { accountIdentifier: "08111111003" } });
    expect(ovo.paymentMethodOptions?.ewallet?.channel).toBe("OVO");
  });

  it("leaves the card to the hosted page, with 3-D Secure as the issuer wants", () => {
    const request = createPaymentRequest({ ...order, method: "CARD" }, items, config);
    expect(request).toMatchObject({
      autoConfirm: true,
      expirationMode: "STRICT",
      paymentMethod: { type: "CARD" },
      paymentMethodOptions: { card: { threeDsMethod: "AUTOMATIC", captureMethod: "automatic" } },
    });
    expect(request.paymentMethod).toEqual({ type: "CARD" });
  });
});

describe("confirmPaymentRequest", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const expiresAt = new Date("2026-11-23T12:00:00Z");

  it("confirms a bank's virtual account", () => {
    expect(
      confirmPaymentRequest(
        { method: "VIRTUAL_ACCOUNT", channel: "BNI", walletPhone: null },
        { expiresAt, now },
        config,
      ),
    ).toEqual({
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: {
        virtualAccount: { channel: "BNI", virtualAccountName: "Toko Kopi dan Teh Nu" },
      },
    });
  });

  it("keeps a late QR or wallet within its method's maximum", () => {
    const qr = confirmPaymentRequest(
      { method: "QR", channel: null, walletPhone: null },
      { expiresAt, now, maxMinutes: 60 },
      config,
    );
    expect(qr.paymentMethodOptions?.qr?.expiryAt).toBe("2026-11-23T11:00:00Z");
    const wallet = confirmPaymentRequest(
      { method: "EWALLET", channel: "SHOPEEPAY", walletPhone: null },
      { expiresAt, now, maxMinutes: 30 },
      config,
    );
    expect(wallet.paymentMethodOptions?.ewallet).toEqual({
      channel: "SHOPEEPAY",
      expiryAt: "2026-11-23T10:30:00Z",
    });
  });

  it("needs a method", () => {
    expect(() =>
      confirmPaymentRequest({ method: null, channel: null, walletPhone: null }, { expiresAt, now }, config),
    ).toThrow(/needs a payment method/);
  });
});

describe("helpers", () => {
  it("builds return URLs from APP_URL with the order id", () => {
    expect(returnUrls("https://toko.example", "abc")).toEqual({
      successReturnUrl: "https://toko.example/payment/success?order=abc",
      failureReturnUrl: "https://toko.example/payment/failure?order=abc",
      expirationReturnUrl: "https://toko.example/payment/expiration?order=abc",
    });
  });

  it("formats gateway times and descriptors as documented", () => {
    expect(gatewayTime(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02T03:04:05Z");
    expect(statementDescriptor("Harsya Store")).toBe("Harsya Store");
    expect(statementDescriptor("A very long store name indeed").length).toBeLessThanOrEqual(20);
  });
});
