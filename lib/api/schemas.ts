import { z } from "zod/mini";
import { ORDER_STATUSES } from "@/lib/orders/state";

/**
 * The JSON our route handlers answer, as schemas the routes type their answers with. The admin
 * islands parse answers with them (lib/api-client.ts); the shopper's islands check the same
 * answers by shape (./answer-checks.ts) so their pages ship no schema library.
 */

const CartLineSchema = z.object({
  productId: z.number(),
  slug: z.string(),
  name: z.string(),
  image: z.string(),
  unitPrice: z.number(),
  quantity: z.number(),
  lineTotal: z.number(),
  stock: z.number(),
});

export const CartAnswer = z.object({
  cart: z.object({ lines: z.array(CartLineSchema), count: z.number(), subtotal: z.number() }),
});
export type CartAnswer = z.infer<typeof CartAnswer>;

/** POST /api/checkout and POST /api/orders/{id}/confirm: where the browser goes to pay. */
export const PaymentPageAnswer = z.object({ orderId: z.string(), paymentUrl: z.string() });
export type PaymentPageAnswer = z.infer<typeof PaymentPageAnswer>;

/** What shoppers see of an order: shared by the status API and the pages. */
export const OrderViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(ORDER_STATUSES),
  amount: z.number(),
  /** VIRTUAL_ACCOUNT, QR, EWALLET or CARD; null until chosen. */
  method: z.nullable(z.string()),
  /** The VA bank or the e-wallet (DANA, SHOPEEPAY, OVO). */
  channel: z.nullable(z.string()),
  /** OVO: the wallet number the payment request was pushed to (national, 8...). */
  walletPhone: z.nullable(z.string()),
  vaNumber: z.nullable(z.string()),
  vaName: z.nullable(z.string()),
  /** ISO time the payment (and its VA number) stops being payable. */
  expiresAt: z.string(),
  paidAt: z.nullable(z.string()),
  paymentUrl: z.nullable(z.string()),
  /** A QRIS charge still to pay: its image (drawn on our server) and the QR's own expiry. */
  qr: z.nullable(z.object({ imageUrl: z.string(), downloadUrl: z.string(), expiresAt: z.string() })),
  /** A card charge, once the shopper entered it on the payment page. */
  card: z.nullable(z.object({ brand: z.nullable(z.string()), last4: z.string() })),
  /** Why the charge failed (harsya-api.md §6.3), for a failed order. */
  failureCode: z.nullable(z.string()),
  /** True when the session waits for the shopper to choose a bank (two-step confirm). */
  awaitingMethod: z.boolean(),
  items: z.array(
    z.object({ name: z.string(), quantity: z.number(), unitPrice: z.number(), lineTotal: z.number() }),
  ),
  createdAt: z.string(),
});
export type OrderView = z.infer<typeof OrderViewSchema>;

export const OrderAnswer = z.object({ order: OrderViewSchema });
export type OrderAnswer = z.infer<typeof OrderAnswer>;

/** POST /api/admin/orders/{id}/{sync|cancel}. */
export const AdminCommandAnswer = z.object({ orderId: z.string() });
export type AdminCommandAnswer = z.infer<typeof AdminCommandAnswer>;

/** POST /api/admin/orders/{id}/refunds (and refunds/sync, late-payment). */
export const RefundAnswer = z.object({
  orderId: z.string(),
  refundId: z.nullable(z.number()),
  status: z.nullable(z.string()),
});
export type RefundAnswer = z.infer<typeof RefundAnswer>;

/** Every 4xx/5xx: `{ error: { code, message, fields?, retryable?, orderId? } }`. */
export const ErrorAnswer = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    retryable: z.optional(z.boolean()),
    orderId: z.optional(z.string()),
  }),
});
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

/** POST /api/admin/webhooks/{id}/{resend|give-up}. */
export const WebhookActionAnswer = z.object({
  id: z.string(),
  status: z.enum(["PENDING", "DELIVERED", "FAILED", "GAVE_UP"]),
});
export type WebhookActionAnswer = z.infer<typeof WebhookActionAnswer>;
