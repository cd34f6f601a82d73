import "server-only";
import {
  VA_CHANNELS,
  type ConfirmPaymentRequest,
  type CreatePaymentRequest,
  type VaChannel,
} from "@/lib/harsya";
import type { Order, OrderItem } from "@/lib/orders/repository";

export interface PayloadConfig {
  appUrl: string;
  storeName: string;
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

export function virtualAccountOptions(channel: string, config: PayloadConfig) {
  return {
    virtualAccount: {
      channel: vaChannel(channel),
      virtualAccountName: statementDescriptor(config.storeName),
    },
  };
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
  return {
    clientReferenceId: order.reference,
    amount: { value: order.amount, currency: "IDR" },
    ...(order.channel
      ? {
          paymentMethod: { type: "VIRTUAL_ACCOUNT" },
          paymentMethodOptions: virtualAccountOptions(order.channel, config),
        }
      : {}),
    mode: "REDIRECT",
    paymentType: "SINGLE",
    redirectUrl: returnUrls(config.appUrl, order.id),
    // With a bank chosen the VA number is issued at once; without one the shopper picks on the
    // payment page (or on our order page) and the session is confirmed then.
    autoConfirm: order.channel !== null,
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

export function confirmPaymentRequest(channel: string, config: PayloadConfig): ConfirmPaymentRequest {
  return {
    paymentMethod: { type: "VIRTUAL_ACCOUNT" },
    paymentMethodOptions: virtualAccountOptions(channel, config),
  };
}
