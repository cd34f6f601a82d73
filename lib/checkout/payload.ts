import "server-only";
import {
  EWALLET_CHANNELS,
  VA_CHANNELS,
  type ConfirmPaymentRequest,
  type CreatePaymentRequest,
  type EwalletChannel,
  type PaymentMethodOptions,
  type VaChannel,
} from "@/lib/harsya";
import type { Order, OrderItem } from "@/lib/orders/repository";

export interface PayloadConfig {
  appUrl: string;
  storeName: string;
  /** Send the shopper straight back to our return page, skipping the gateway's result page. */
  bypassStatusPage?: boolean;
}

/** The documented statementDescriptor limit. */
const DESCRIPTOR_MAX = 20;

export function statementDescriptor(storeName: string): string {
  return storeName.slice(0, DESCRIPTOR_MAX).trim();
}

/** Our return pages. Built from APP_URL only: request headers can be forged. */
export function returnUrls(appUrl: string, orderId: string) {
  const page = (status: string) => `${appUrl}/payment/${status}?order=${encodeURIComponent(orderId)}`;
  return {
    successReturnUrl: page("success"),
    failureReturnUrl: page("failure"),
    expirationReturnUrl: page("expiration"),
  };
}

/** "YYYY-MM-DDTHH:MM:SSZ", the documented format (no fractional seconds). */
export function gatewayTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function splitName(fullName: string): { givenName: string; surname?: string } {
  const [givenName = fullName, ...rest] = fullName.trim().split(/\s+/);
  return rest.length > 0 ? { givenName, surname: rest.join(" ") } : { givenName };
}

function vaChannel(value: string): VaChannel {
  const channel = VA_CHANNELS.find((known) => known === value);
  // Orders only ever store channels validated at checkout; anything else is corrupt data.
  if (!channel) throw new Error(`Unknown virtual-account channel: ${value}`);
  return channel;
}

function walletChannel(value: string | null): EwalletChannel {
  const channel = EWALLET_CHANNELS.find((known) => known === value);
  if (!channel) throw new Error(`Unknown e-wallet channel: ${value}`);
  return channel;
}

export function virtualAccountOptions(channel: string, config: PayloadConfig) {
  return {
    virtualAccount: {
      channel: vaChannel(channel),
      virtualAccountName: statementDescriptor(config.storeName),
    },
  };
}

/** The method an order was placed with, as stored: what the gateway needs to issue its charge. */
export interface MethodChoice {
  method: string | null;
  channel: string | null;
  /** OVO's phone (national, 8...): the gateway pushes the payment request to it. */
  walletPhone: string | null;
}

/**
 * `paymentMethod` and `paymentMethodOptions` for a chosen method, or null when the shopper chooses
 * on the payment page. `expiresAt` is the method's own expiry (QR and e-wallet options carry one).
 */
export function methodPayload(
  choice: MethodChoice,
  expiresAt: Date,
  config: PayloadConfig,
): {
  paymentMethod: ConfirmPaymentRequest["paymentMethod"];
  paymentMethodOptions: PaymentMethodOptions;
} | null {
  switch (choice.method) {
    case "VIRTUAL_ACCOUNT":
      return {
        paymentMethod: { type: "VIRTUAL_ACCOUNT" },
        paymentMethodOptions: virtualAccountOptions(choice.channel ?? "", config),
      };
    case "QR":
      return {
        paymentMethod: { type: "QR" },
        paymentMethodOptions: { qr: { expiryAt: gatewayTime(expiresAt) } },
      };
    case "EWALLET":
      return {
        paymentMethod: {
          type: "EWALLET",
          // The docs' test numbers are written 0811...: the gateway reads any Indonesian form.
          ...(choice.walletPhone ? { ewallet: { accountIdentifier: `0${choice.walletPhone}` } } : {}),
        },
        paymentMethodOptions: {
          ewallet: { channel: walletChannel(choice.channel), expiryAt: gatewayTime(expiresAt) },
        },
      };
    case "CARD":
      // The hosted page takes the card; 3-D Secure as the issuer requires it.
      return {
        paymentMethod: { type: "CARD" },
        paymentMethodOptions: { card: { threeDsMethod: "AUTOMATIC", captureMethod: "automatic" } },
      };
    case null:
      return null;
    default:
      throw new Error(`Unknown payment method: ${choice.method}`);
  }
}

/**
 * The create-session request for an order. Everything comes from the stored order, never from the
 * clock or the cart, so a retry sends the identical payload and the gateway replays its answer.
 */
export function createPaymentRequest(
  order: Order,
  items: Pick<OrderItem, "name" | "quantity" | "unitPrice">[],
  config: PayloadConfig,
): CreatePaymentRequest {
  const method = methodPayload(order, order.expiresAt, config);
  return {
    clientReferenceId: order.reference,
    amount: { value: order.amount, currency: "IDR" },
    ...method,
    mode: "REDIRECT",
    paymentType: "SINGLE",
    redirectUrl: returnUrls(config.appUrl, order.id),
    bypassStatusPage: config.bypassStatusPage ?? false,
    // With a method chosen the charge is issued at once; without one the shopper picks on the
    // payment page (or on our order page) and the session is confirmed then.
    autoConfirm: method !== null,
    // Cards and e-wallets would otherwise follow the processor's expiry: the order's must hold.
    ...(order.method === "CARD" || order.method === "EWALLET" ? { expirationMode: "STRICT" as const } : {}),
    statementDescriptor: statementDescriptor(config.storeName),
    expiryAt: gatewayTime(order.expiresAt),
    metadata: { orderId: order.id, invoiceNo: order.reference },
    customer: {
      ...splitName(order.customerName),
      email: order.email,
      phoneNumber: { countryCode: order.phoneCountryCode, number: order.phoneNumber },
    },
    orderInformation: {
      productDetails: items.map((item) => ({
        type: "PHYSICAL",
        name: item.name,
        quantity: item.quantity,
        price: { value: item.unitPrice, currency: "IDR" },
      })),
    },
  };
}

/**
 * Two-step: the method the shopper chose on our order page. `expiresAt` is the order's; a QR or
 * e-wallet chosen late must still fit its method's maximum from `now`.
 */
export function confirmPaymentRequest(
  choice: MethodChoice,
  window: { expiresAt: Date; now: Date; maxMinutes?: number },
  config: PayloadConfig,
): ConfirmPaymentRequest {
  const latest = window.maxMinutes ? window.now.getTime() + window.maxMinutes * 60_000 : Infinity;
  const expiresAt = new Date(Math.min(window.expiresAt.getTime(), latest));
  const method = methodPayload(choice, expiresAt, config);
  if (!method) throw new Error("Confirming needs a payment method");
  return method;
}
