import { checkoutKey, newOrderId, newOrderReference } from "@/lib/orders/identifiers";
import type { NewOrder } from "@/lib/orders/repository";
import type { PaymentSnapshot } from "@/lib/payments/repository";

/**
 * Test fixtures for the checkout's stores (test infrastructure only): a BCA virtual-account order
 * of one unit of a product, and a gateway reading of its session.
 */

export function vaOrderDraft(
  product: { id: number; name: string; price: number },
  overrides: Partial<NewOrder> = {},
): NewOrder {
  return {
    id: newOrderId(),
    reference: newOrderReference(),
    cartId: null,
    userId: null,
    checkoutKey: checkoutKey(Math.random()),
    customerName: "Budi Santoso",
    email: "budi@example.com",
    phoneNumber: "81234567890",
    method: "VIRTUAL_ACCOUNT",
    channel: "BCA",
    walletPhone: null,
    amount: product.price,
    expiresAt: new Date(Date.now() + 15 * 60_000),
    items: [
      {
        productId: product.id,
        name: product.name,
        unitPrice: product.price,
        quantity: 1,
        lineTotal: product.price,
      },
    ],
    ...overrides,
  };
}

export function vaSnapshot(status: string, overrides: Partial<PaymentSnapshot> = {}): PaymentSnapshot {
  return {
    sessionId: `session-${Math.random()}`,
    status,
    cancellationReason: null,
    chargeStatuses: [],
    paymentUrl: "http://gateway.test/pay",
    autoConfirm: true,
    method: "VIRTUAL_ACCOUNT",
    channel: "BCA",
    vaNumber: "1234567890123456",
    vaName: "Harsya Store",
    expiresAt: new Date(Date.now() + 15 * 60_000),
    qrContent: null,
    qrExpiresAt: null,
    cardBrand: null,
    cardLast4: null,
    failureCode: null,
    paidAt: status === "PAID" ? new Date() : null,
    raw: { status },
    ...overrides,
  };
}
