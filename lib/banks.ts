/** Display names of the virtual-account banks, by the gateway's channel code. */
export const BANK_NAMES: Record<string, string> = {
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
