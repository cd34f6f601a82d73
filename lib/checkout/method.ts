import "server-only";
import { VA_CHANNELS, type EwalletChannel, type PaymentMethodType } from "@/lib/harsya";
import type { PaymentChoice } from "./input";

/** What an order stores of the shopper's choice: the gateway's method, and its bank or wallet. */
export interface OrderMethod {
  method: PaymentMethodType | null;
  channel: string | null;
}

const WALLETS: Record<string, EwalletChannel> = { DANA: "DANA", SHOPEEPAY: "SHOPEEPAY", OVO: "OVO" };

export function orderMethodOf(choice: PaymentChoice): OrderMethod {
  if (VA_CHANNELS.some((bank) => bank === choice)) return { method: "VIRTUAL_ACCOUNT", channel: choice };
  if (choice === "QRIS") return { method: "QR", channel: null };
  if (choice === "CARD") return { method: "CARD", channel: null };
  const wallet = WALLETS[choice];
  if (wallet) return { method: "EWALLET", channel: wallet };
  return { method: null, channel: null };
}

/**
 * The longest each method's payment may stay open (harsya-api.md §9: the docs' configuration gives
 * QR 60 minutes and e-wallets 30; virtual accounts and cards 30 days, as PAYMENT_SESSION_MINUTES
 * already allows at most). The gateway refuses a longer `expiryAt` rather than shortening it.
 */
export const METHOD_MAX_MINUTES: Partial<Record<PaymentMethodType, number>> = { QR: 60, EWALLET: 30 };

/** The session's length for a method: PAYMENT_SESSION_MINUTES, within that method's maximum. */
export function sessionMinutes(method: PaymentMethodType | null, configured: number): number {
  const max = method ? METHOD_MAX_MINUTES[method] : undefined;
  return max === undefined ? configured : Math.min(configured, max);
}
