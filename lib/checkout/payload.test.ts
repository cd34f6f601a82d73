import { describe, expect, it } from "vitest";
import type { Order, OrderItem } from "@/lib/orders/repository";
import { createPaymentRequest, gatewayTime, returnUrls, statementDescriptor } from "./payload";

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
  channel: null,
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
    const request = createPaymentRequest({ ...order, channel: "BCA" }, items, config);
    expect(request).toMatchObject({
      autoConfirm: true,
      paymentMethod: { type: "VIRTUAL_ACCOUNT" },
      paymentMethodOptions: {
        virtualAccount: { channel: "BCA", virtualAccountName: "Toko Kopi dan Teh Nu" },
      },
    });
  });

  it("refuses a channel that is not a known bank", () => {
    expect(() => createPaymentRequest({ ...order, channel: "NOPE" }, items, config)).toThrow(/Unknown/);
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
