import type { EwalletChannel } from "@/lib/harsya/wire";

/**
 * E-wallets on the sandbox's page: the wallet's phone number, then a one-time code. The documented
 * test numbers (harsya-api.md §10.3) decide the outcome; any other Indonesian mobile number pays.
 */

export const EWALLET_NAMES: Record<EwalletChannel, string> = {
  DANA: "DANA",
  SHOPEEPAY: "ShopeePay",
  OVO: "OVO",
};

/** The documented sandbox OTP. */
export const WALLET_OTP = "000000";

export type WalletOutcome = "SUCCESS" | "PROCESSING" | "FAILED" | "EXPIRED";

const TEST_NUMBERS: Record<string, WalletOutcome> = {
  "8111111001": "SUCCESS",
  "8111111002": "PROCESSING",
  "8111111003": "FAILED",
  "8111111004": "EXPIRED",
};

/**
 * An Indonesian mobile number in any usual form (0811..., 62811..., +62 811-..., 811...) as its
 * national significant number ("811..."), or undefined when it is not one.
 */
export function nationalMobile(raw: string): string | undefined {
  const compact = raw.replace(/[\s().-]/g, "");
  const national = compact.replace(/^(\+62|62|0)/, "");
  return /^8[1-9]\d{7,10}$/.test(national) ? national : undefined;
}

export const e164 = (national: string) => `+62${national}`;
export const localMobile = (national: string) => `0${national}`;

export function walletOutcome(national: string): WalletOutcome {
  return TEST_NUMBERS[national] ?? "SUCCESS";
}

export const PHONE_MESSAGE = "Enter an Indonesian mobile number, e.g. 0811 1111 001.";

export function checkOtp(raw: string): string | undefined {
  const code = raw.trim();
  if (!/^\d{6}$/.test(code)) return "Enter the 6-digit code.";
  if (code !== WALLET_OTP) return "Wrong code. Try again.";
  return undefined;
}
