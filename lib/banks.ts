// The plain enums, not the wire schemas: the checkout form and order page ship this to the browser.
import { VA_CHANNELS, type VaChannel } from "@/lib/harsya/wire-enums";

/** Display names of the virtual-account banks, by the gateway's channel code. */
export const BANK_NAMES: Record<VaChannel, string> = {
  BCA: "Bank Central Asia",
  BNI: "Bank Negara Indonesia",
  BRI: "Bank Rakyat Indonesia",
  MANDIRI: "Bank Mandiri",
  PERMATA: "Bank Permata",
  CIMB: "CIMB Niaga",
  BSI: "Bank Syariah Indonesia",
  BNC: "Bank Neo Commerce",
  DANAMON: "Bank Danamon",
};

/** The bank's name for a channel code; an unknown code is shown as it is. */
export function bankName(channel: string): string {
  const known = VA_CHANNELS.find((code) => code === channel);
  return known ? BANK_NAMES[known] : channel;
}
